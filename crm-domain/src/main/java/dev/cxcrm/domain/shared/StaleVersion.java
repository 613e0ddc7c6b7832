package dev.cxcrm.domain.shared;

/** Someone changed the record since the caller read it; the caller must read it again. */
public class StaleVersion extends DomainException {
  private static final long serialVersionUID = 1L;

  public StaleVersion() {
    super("The record was changed by someone else; load it again and repeat the change.");
  }

  @Override
  public String problemType() {
    return "stale-version";
  }
}
