package dev.cxcrm.domain.shared;

/** The caller is known but its role or relation to the record does not allow this action. */
public class Forbidden extends DomainException {
  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    super(message);
  }

  @Override
  public String problemType() {
    return "forbidden";
  }
}
