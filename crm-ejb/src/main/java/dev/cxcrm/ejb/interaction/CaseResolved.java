package dev.cxcrm.ejb.interaction;

/** A case was resolved (fired in the resolving transaction; observed after it committed). */
public record CaseResolved(long caseId, long customerId) {}
