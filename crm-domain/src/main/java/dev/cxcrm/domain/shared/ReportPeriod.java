package dev.cxcrm.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The days a report looks at, {@code from} to {@code to}, both included, in the business's time
 * zone: the half-open range of instants from the start of {@code from} to the start of the day
 * after {@code to}. Each report states its {@link Rule} once (its default and its longest period),
 * and its page and its REST resource both read the period through it.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  public ReportPeriod {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(from + " is after " + to);
    }
  }

  /** The first instant of the period: midnight at the start of {@code from}. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period: midnight at the start of the day after {@code to}. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The number of days, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * How one report reads its period: what a missing day means and how many days it may span at
   * most. Errors name {@code field}: the parameter a client is told to correct.
   *
   * @param startBefore the default first day for a last day
   * @param endAfter the default last day for a given first day; null: today
   */
  public record Rule(
      UnaryOperator<LocalDate> startBefore,
      UnaryOperator<LocalDate> endAfter,
      int maxDays,
      String field) {
    public Rule {
      Objects.requireNonNull(startBefore);
      Objects.requireNonNull(field);
      if (maxDays < 1) {
        throw new IllegalArgumentException("maxDays " + maxDays);
      }
    }

    /** The last {@code days} days up to the last day (today when absent), at most {@code max}. */
    public static Rule lastDays(int days, int max) {
      return new Rule(end -> end.minusDays(days - 1L), null, max, "to");
    }

    /**
     * From the first day of the month {@code months - 1} months before the last day's month (today
     * when absent) to the last day, at most {@code max} days.
     */
    public static Rule lastMonths(int months, int max) {
      return new Rule(end -> end.minusMonths(months - 1L).withDayOfMonth(1), null, max, "to");
    }

    /** This rule, but a first day without a last day means the default length from that day on. */
    public Rule countingFromTheStart(int days) {
      return new Rule(startBefore, start -> start.plusDays(days - 1L), maxDays, field);
    }

    /** This rule, naming another parameter in its errors. */
    public Rule blaming(String parameter) {
      return new Rule(startBefore, endAfter, maxDays, parameter);
    }

    /**
     * The period of the given days, missing ones filled in by this rule; {@link InvalidInput} when
     * the last day is before the first or the period is longer than {@link #maxDays()}.
     */
    public ReportPeriod period(LocalDate from, LocalDate to, LocalDate today) {
      LocalDate end =
          to != null ? to : from != null && endAfter != null ? endAfter.apply(from) : today;
      LocalDate start = from != null ? from : startBefore.apply(end);
      if (start.isAfter(end)) {
        throw InvalidInput.of(
            field, "validation.startAfterEnd", "The start must not be after the end.");
      }
      if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
        throw InvalidInput.of(field, "validation.periodTooLong", "At most {0} days.", maxDays);
      }
      return new ReportPeriod(start, end);
    }

    /** The default period: what a report shows when no day is given. */
    public ReportPeriod standard(LocalDate today) {
      return period(null, null, today);
    }
  }
}
