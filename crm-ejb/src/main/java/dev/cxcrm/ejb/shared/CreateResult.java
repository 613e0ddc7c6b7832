package dev.cxcrm.ejb.shared;

/**
 * What a single create answers with: the record, and whether it was created now ({@code false}: the
 * same content was pushed before under its external id, and nothing was written).
 */
public record CreateResult<T>(T record, boolean created) {}
