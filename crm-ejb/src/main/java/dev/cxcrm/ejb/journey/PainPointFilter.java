package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.PainPointStatus;

/** Which pain points a list shows (null: any) and how many per page. */
public record PainPointFilter(Long touchpointId, PainPointStatus status, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public PainPointFilter {
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }
}
