package dev.cxcrm.domain.metrics;

/**
 * What the case metrics are computed from, over a period and as the cases stand now
 * (docs/decisions/0006): the cases opened in it and of those the ones resolved before its end
 * (resolution rate), and the cases resolved in it (still resolved) and of those the ones resolved
 * at first contact (FCR). Counts of groups add up, but {@code resolvedByEnd} is each group's own: a
 * case opened in January and resolved in February is resolved by the end of the quarter, not by the
 * end of January.
 */
public record CaseCounts(long opened, long resolvedByEnd, long resolved, long firstContact) {
  public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0);

  public CaseCounts {
    if (opened < 0 || resolvedByEnd < 0 || resolvedByEnd > opened) {
      throw new IllegalArgumentException(resolvedByEnd + " resolved of " + opened + " opened");
    }
    if (resolved < 0 || firstContact < 0 || firstContact > resolved) {
      throw new IllegalArgumentException(firstContact + " at first contact of " + resolved);
    }
  }

  public CaseCounts plus(CaseCounts o) {
    return new CaseCounts(
        opened + o.opened,
        resolvedByEnd + o.resolvedByEnd,
        resolved + o.resolved,
        firstContact + o.firstContact);
  }
}
