package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a metric's period is cut into a trend: calendar weeks (Monday to Sunday), months, quarters,
 * half-years and years, as days in the business's zone. Every group of the period is listed, also
 * those without data (a trend shows an empty month as a gap, not by leaving it out); the first and
 * the last group keep only the period's days.
 */
public enum PeriodGrouping {
  WEEK(ChronoUnit.WEEKS, 1),
  MONTH(ChronoUnit.MONTHS, 1),
  QUARTER(ChronoUnit.MONTHS, 3),
  HALF_YEAR(ChronoUnit.MONTHS, 6),
  YEAR(ChronoUnit.YEARS, 1);

  private final ChronoUnit unit;
  private final int amount;

  PeriodGrouping(ChronoUnit unit, int amount) {
    this.unit = unit;
    this.amount = amount;
  }

  /** The first day of the group that holds {@code day}. */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case YEAR -> day.withDayOfYear(1);
      default -> {
        int months = amount;
        int first = (day.getMonthValue() - 1) / months * months + 1;
        yield LocalDate.of(day.getYear(), first, 1);
      }
    };
  }

  /** The first day of the group after the one that starts on {@code start}. */
  private LocalDate next(LocalDate start) {
    return start.plus(amount, unit);
  }

  /** The groups of the period in order, each cut to the period; never empty. */
  public List<ReportPeriod> groups(ReportPeriod period) {
    List<ReportPeriod> out = new ArrayList<>();
    LocalDate from = period.from();
    while (!from.isAfter(period.to())) {
      LocalDate nextStart = next(startOf(from));
      LocalDate to = nextStart.minusDays(1);
      out.add(new ReportPeriod(from, to.isAfter(period.to()) ? period.to() : to));
      from = nextStart;
    }
    return out;
  }

  /** The position in {@link #groups} of the group that holds {@code day} (inside the period). */
  public int indexOf(ReportPeriod period, LocalDate day) {
    if (day.isBefore(period.from()) || day.isAfter(period.to())) {
      throw new IllegalArgumentException(day + " is not in " + period);
    }
    LocalDate first = startOf(period.from());
    long units = unit.between(first, startOf(day));
    return Math.toIntExact(units / amount);
  }

  /** Whether the period is exactly one whole group of this kind. */
  boolean whole(ReportPeriod period) {
    return startOf(period.from()).equals(period.from())
        && next(period.from()).minusDays(1).equals(period.to());
  }

  /**
   * The period a change is measured against: the whole week, month, quarter, half-year or year
   * before when the period is exactly one of them (November against October, not against the 30
   * days before), otherwise as many days right before it.
   */
  public static ReportPeriod previous(ReportPeriod period) {
    for (int i = values().length - 1; i >= 0; i--) {
      PeriodGrouping g = values()[i];
      if (g.whole(period)) {
        LocalDate from = period.from().minus(g.amount, g.unit);
        return new ReportPeriod(from, period.from().minusDays(1));
      }
    }
    return new ReportPeriod(period.from().minusDays(period.days()), period.from().minusDays(1));
  }
}
