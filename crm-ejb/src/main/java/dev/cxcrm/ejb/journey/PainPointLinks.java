package dev.cxcrm.ejb.journey;

import java.util.Map;

/**
 * The names of what a page of pain points links to, read in one query each: customers by id (name),
 * cases by id (subject and status).
 */
public record PainPointLinks(Map<Long, String> customers, Map<Long, LinkedCase> cases) {
  /** A linked case as the pain point page lists it. */
  public record LinkedCase(long id, String subject, String status) {}
}
