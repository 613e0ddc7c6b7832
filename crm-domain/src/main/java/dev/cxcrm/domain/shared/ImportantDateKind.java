package dev.cxcrm.domain.shared;

/** Dates that, when they come up, are a reason to get in touch. */
public enum ImportantDateKind {
  BIRTHDAY,
  CONTRACT_ANNIVERSARY,
  RENEWAL,
  OTHER
}
