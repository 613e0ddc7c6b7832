package dev.cxcrm.domain.interaction;

/**
 * How many interactions of each direction a case holds: contacts from the customer (inbound) and
 * the business's answers (outbound). Only inbound ones are contacts in the sense of first-contact
 * resolution.
 */
public record CaseContacts(long inbound, long outbound) {
  public CaseContacts {
    if (inbound < 0 || outbound < 0) {
      throw new IllegalArgumentException("Counts cannot be negative.");
    }
  }

  public static final CaseContacts NONE = new CaseContacts(0, 0);
}
