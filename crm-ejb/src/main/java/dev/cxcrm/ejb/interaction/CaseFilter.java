package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;

/**
 * Which cases a list shows: by owner (a user name), or only unassigned ones, by status, type and
 * customer; null means any. At most {@code limit} per page, newest first.
 */
public record CaseFilter(
    String owner,
    boolean unassigned,
    CaseStatus status,
    CaseType type,
    Long customerId,
    int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public CaseFilter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit);
    }
  }
}
