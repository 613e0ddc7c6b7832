package dev.cxcrm.domain.journey;

import java.util.Map;
import java.util.TreeMap;

/**
 * The median time that finished stays in a stage lasted, and how many stays it is taken from. A
 * stay is finished when the customer left the stage; customers still in it are not counted, since
 * their time is not known yet. No finished stay means no median (null), not zero days.
 */
public record TimeInStage(Double medianDays, long sampleSize) {
  private static final double MINUTES_PER_DAY = 24 * 60;

  /**
   * The median of stays given as a frequency table, whole minutes to the number of stays that
   * lasted that long: the database groups them, so that no single stay has to travel. With an even
   * number of stays the median is the mean of the two middle ones.
   */
  public static TimeInStage ofMinutes(Map<Long, Long> staysByMinutes) {
    TreeMap<Long, Long> sorted = new TreeMap<>();
    staysByMinutes.forEach(
        (minutes, count) -> {
          if (minutes < 0 || count < 0) {
            throw new IllegalArgumentException("A stay cannot be negative: " + minutes);
          }
          if (count > 0) {
            sorted.merge(minutes, count, Long::sum);
          }
        });
    long n = sorted.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return new TimeInStage(null, 0);
    }
    double lower = valueAt(sorted, (n - 1) / 2);
    double upper = valueAt(sorted, n / 2);
    return new TimeInStage((lower + upper) / 2 / MINUTES_PER_DAY, n);
  }

  /** The value at a 0-based position of the sorted stays. */
  private static long valueAt(TreeMap<Long, Long> sorted, long position) {
    long seen = 0;
    for (Map.Entry<Long, Long> e : sorted.entrySet()) {
      seen += e.getValue();
      if (position < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("Position " + position + " beyond " + seen + " stays.");
  }
}
