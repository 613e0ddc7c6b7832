package dev.cxcrm.domain.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How the response-time rollup finds the exact median and p90 of a period without reading every
 * contact (docs/decisions/0018). Response times (whole seconds) are counted per day in buckets, as
 * narrow as a minute for quick answers and as wide as a day for answers after two weeks, and per
 * day, bucket and second. The ranks the definitions name (the two middle ranks ⌊(n + 1) / 2⌋ and ⌊n
 * / 2⌋ + 1, and the nearest rank ⌈9n / 10⌉ of the p90, as {@link
 * dev.cxcrm.domain.shared.ResponseTally} states them) are found first among the buckets' counts of
 * the period, then inside the one bucket that holds each, among its seconds: the values are those
 * of the sorted response times, exactly, at the cost of the period's buckets and of one bucket's
 * seconds.
 */
public final class ResponseTimes {
  /** Up to each limit (seconds, exclusive), buckets of this width (seconds). */
  private static final long[][] WIDTHS = {
    {1_800, 60},
    {3_600, 120},
    {10_800, 300},
    {21_600, 600},
    {43_200, 1_200},
    {86_400, 1_800},
    {259_200, 3_600},
    {1_209_600, 21_600},
  };

  /** Beyond the last limit, a bucket a day. */
  private static final long LAST_WIDTH = 86_400;

  private ResponseTimes() {}

  /** The bucket of a response time of {@code seconds} (0 and up; a negative one is 0). */
  public static int bucket(long seconds) {
    long s = Math.max(0, seconds);
    long start = 0;
    long first = 0;
    for (long[] w : WIDTHS) {
      if (s < w[0]) {
        return (int) (first + (s - start) / w[1]);
      }
      first += (w[0] - start) / w[1];
      start = w[0];
    }
    return (int) Math.min(Integer.MAX_VALUE, first + (s - start) / LAST_WIDTH);
  }

  /**
   * The ranks (1 = the quickest) of the lower middle, the upper middle and the p90 among {@code n}
   * response times; none when {@code n} is 0.
   */
  public static List<Long> ranks(long n) {
    return n == 0 ? List.of() : List.of((n + 1) / 2, n / 2 + 1, (9 * n + 9) / 10);
  }

  /** Where a rank lies: the bucket, and the rank among that bucket's response times. */
  public record Place(int bucket, long rank) {}

  /**
   * The places of {@code ranks} among the response times counted per bucket ({@code buckets}:
   * bucket to count, in bucket order).
   */
  public static List<Place> places(NavigableMap<Integer, Long> buckets, List<Long> ranks) {
    List<Place> out = new ArrayList<>();
    for (long rank : ranks) {
      long before = 0;
      for (Map.Entry<Integer, Long> b : buckets.entrySet()) {
        if (rank <= before + b.getValue()) {
          out.add(new Place(b.getKey(), rank - before));
          break;
        }
        before += b.getValue();
      }
    }
    if (out.size() != ranks.size()) {
      throw new IllegalArgumentException("Ranks " + ranks + " beyond the counts " + buckets);
    }
    return out;
  }

  /**
   * The response time at {@code rank} among one bucket's response times ({@code seconds}: response
   * time to count, in ascending order).
   */
  public static long at(NavigableMap<Long, Long> seconds, long rank) {
    long before = 0;
    for (Map.Entry<Long, Long> s : seconds.entrySet()) {
      before += s.getValue();
      if (rank <= before) {
        return s.getKey();
      }
    }
    throw new IllegalArgumentException("Rank " + rank + " beyond the counts " + seconds);
  }
}
