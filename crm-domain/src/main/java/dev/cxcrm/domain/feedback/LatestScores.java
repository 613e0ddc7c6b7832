package dev.cxcrm.domain.feedback;

import java.time.Instant;

/**
 * A customer's latest answer to each score, each with when it was given; null where the customer
 * never answered (no answer is no score, not zero).
 */
public record LatestScores(
    Integer nps,
    Instant npsAt,
    Integer csat,
    Integer csatScale,
    Instant csatAt,
    Integer ces,
    Integer cesScale,
    Instant cesAt) {

  public NpsGroup npsGroup() {
    return nps == null ? null : NpsGroup.of(nps);
  }

  public boolean isEmpty() {
    return nps == null && csat == null && ces == null;
  }
}
