package dev.cxcrm.domain.shared;

/** The record does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " was not found.");
  }

  @Override
  public String problemType() {
    return "not-found";
  }
}
