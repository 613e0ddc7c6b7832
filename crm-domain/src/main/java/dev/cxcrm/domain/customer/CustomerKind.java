package dev.cxcrm.domain.customer;

/** A customer is a person, or a company that has contacts. */
public enum CustomerKind {
  PERSON,
  COMPANY
}
