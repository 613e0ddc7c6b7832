package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.NotFound;

/**
 * Which customer a service call is about: the customer's number. Positive, as the database numbers
 * them; prints as the bare number, so that messages and logs read as they did when it was a {@code
 * long}.
 */
public record CustomerId(long value) {
  public CustomerId {
    if (value <= 0) {
      throw new IllegalArgumentException("A customer id is positive: " + value);
    }
  }

  /**
   * The id a client asked for (a path or query parameter). One that cannot exist names no customer,
   * so it is not found, exactly like an unknown one, rather than a malformed request.
   */
  public static CustomerId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Customer " + value);
    }
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
