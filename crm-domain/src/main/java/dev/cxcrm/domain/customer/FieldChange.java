package dev.cxcrm.domain.customer;

/** One field that changed, with its old and new value as shown to people (null when empty). */
public record FieldChange(String field, String oldValue, String newValue) {}
