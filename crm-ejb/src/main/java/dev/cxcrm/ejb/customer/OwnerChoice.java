package dev.cxcrm.ejb.customer;

/** A user a customer can be assigned to, as forms and filters list them. */
public record OwnerChoice(String username, String displayName) {}
