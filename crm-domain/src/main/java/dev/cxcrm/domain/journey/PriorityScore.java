package dev.cxcrm.domain.journey;

/**
 * The priority of a pain point: affected customers × severity. The affected customers are the
 * linked customers when any are linked (they are known by name, so they are the better figure),
 * else the count that was entered. {@code basis} says which one the score stands on, so that the
 * list can show how it was computed.
 */
public record PriorityScore(long affectedCustomers, int severity, Basis basis) {
  public enum Basis {
    /** Counted from the customers linked to the pain point. */
    LINKED,
    /** The estimate entered with the pain point; no customer is linked. */
    ENTERED
  }

  public PriorityScore {
    if (affectedCustomers < 0) {
      throw new IllegalArgumentException("Affected customers cannot be negative.");
    }
    new Severity(severity); // refuses a severity off the scale
  }

  /**
   * The score of a pain point with {@code linked} customers linked and {@code entered} estimated.
   */
  public static PriorityScore of(long linked, long entered, int severity) {
    return linked > 0
        ? new PriorityScore(linked, severity, Basis.LINKED)
        : new PriorityScore(entered, severity, Basis.ENTERED);
  }

  public long value() {
    return affectedCustomers * severity;
  }
}
