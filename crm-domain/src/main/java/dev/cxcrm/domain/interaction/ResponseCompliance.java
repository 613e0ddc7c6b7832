package dev.cxcrm.domain.interaction;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Standard compliance and response times (MISSION.md: "response time (median and p90 per channel)
 * and standard compliance (% answered in time)"), per group. Pure arithmetic over samples; the
 * definitions are on {@link ComplianceFigures}.
 */
public final class ResponseCompliance {
  private ResponseCompliance() {}

  /** How figures can be cut. */
  public enum By {
    CHANNEL,
    AGENT,
    WEEK
  }

  /** The grouping key of a sample; weeks start on Monday in {@code zone}. */
  public static Function<ResponseSample, String> key(By by, ZoneId zone) {
    return switch (by) {
      case CHANNEL -> s -> s.channel().name();
      case AGENT -> s -> Objects.requireNonNullElse(s.agent(), "");
      case WEEK -> s -> weekOf(s.occurredAt(), zone).toString();
    };
  }

  /** The Monday of the week in which {@code at} falls in {@code zone}. */
  public static LocalDate weekOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Figures per group, ordered by key. */
  public static List<ComplianceFigures> of(
      List<ResponseSample> samples, Function<ResponseSample, String> key, Instant now) {
    Map<String, List<ResponseSample>> groups = new TreeMap<>();
    samples.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    List<ComplianceFigures> rows = new ArrayList<>();
    groups.forEach((k, list) -> rows.add(figures(k, list, now)));
    return rows;
  }

  /** Figures of one group. */
  public static ComplianceFigures figures(String key, List<ResponseSample> samples, Instant now) {
    int inTime = 0;
    int late = 0;
    int overdue = 0;
    int pending = 0;
    List<Long> seconds = new ArrayList<>();
    for (ResponseSample s : samples) {
      if (s.answeredAt() != null) {
        seconds.add(Duration.between(s.occurredAt(), s.answeredAt()).toSeconds());
        if (s.answeredAt().isAfter(s.dueAt())) {
          late++;
        } else {
          inTime++;
        }
      } else if (now.isAfter(s.dueAt())) {
        overdue++;
      } else {
        pending++;
      }
    }
    int decided = inTime + late + overdue;
    seconds.sort(null);
    return new ComplianceFigures(
        key,
        decided,
        inTime,
        late,
        overdue,
        pending,
        decided == 0 ? null : inTime * 100.0 / decided,
        seconds.size(),
        seconds.isEmpty() ? null : median(seconds) / 60.0,
        seconds.isEmpty() ? null : nearestRank(seconds, 90) / 60.0);
  }

  /** The median of sorted values: the middle one, or the mean of the two middle ones. */
  static double median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /** The p-th percentile by nearest rank: the value at rank ⌈p/100 × n⌉ (1-based). */
  static long nearestRank(List<Long> sorted, int p) {
    int n = sorted.size();
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted.get(Math.max(1, rank) - 1);
  }
}
