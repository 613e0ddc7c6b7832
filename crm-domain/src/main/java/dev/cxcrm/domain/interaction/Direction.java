package dev.cxcrm.domain.interaction;

/** Who started a contact: the customer (inbound) or the business (outbound). */
public enum Direction {
  INBOUND,
  OUTBOUND
}
