package dev.cxcrm.domain.shared;

/** The request contradicts data that exists (a duplicate external id, a reused idempotency key). */
public class Conflict extends DomainException {
  private static final long serialVersionUID = 1L;

  public Conflict(String message) {
    super(message);
  }

  @Override
  public String problemType() {
    return "conflict";
  }
}
