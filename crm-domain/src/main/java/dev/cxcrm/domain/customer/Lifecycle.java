package dev.cxcrm.domain.customer;

/** Where the customer stands: not yet buying, buying, or lost (with date and reason). */
public enum Lifecycle {
  PROSPECT,
  ACTIVE,
  CHURNED
}
