package dev.cxcrm.domain.metrics;

/**
 * What the recovery rate is computed from: of the unhappy answers given in a period whose follow-up
 * was done, those whose customer's next answer to the same question was better ({@code recovered}),
 * not better ({@code notRecovered}), and not given yet ({@code pending}).
 */
public record RecoveryCounts(long recovered, long notRecovered, long pending) {
  public static final RecoveryCounts NONE = new RecoveryCounts(0, 0, 0);

  public RecoveryCounts {
    if (recovered < 0 || notRecovered < 0 || pending < 0) {
      throw new IllegalArgumentException(recovered + ", " + notRecovered + ", " + pending);
    }
  }

  public RecoveryCounts plus(RecoveryCounts o) {
    return new RecoveryCounts(
        recovered + o.recovered, notRecovered + o.notRecovered, pending + o.pending);
  }
}
