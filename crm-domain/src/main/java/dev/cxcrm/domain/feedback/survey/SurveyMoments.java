package dev.cxcrm.domain.feedback.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Which events in a customer's relationship are moments to ask (docs/decisions/0016): a resolved
 * case, a purchase, a move to the PURCHASE stage, an interaction with positive emotion (+1 or +2),
 * and the anniversary of the relationship. Events older than {@link #RECENT} are history (an import
 * of last year's purchases) and ask nothing.
 */
public final class SurveyMoments {
  public static final Duration RECENT = Duration.ofDays(30);

  private SurveyMoments() {}

  /** Whether an event at {@code at} is recent enough to ask about now. */
  public static boolean recent(Instant at, Instant now) {
    return at != null && !at.isBefore(now.minus(RECENT)) && !at.isAfter(now.plus(RECENT));
  }

  /** Whether an interaction's emotion is a moment to ask. */
  public static boolean positive(Integer emotion) {
    return emotion != null && emotion > 0;
  }

  /**
   * The days of the year whose customers have their anniversary on {@code today}: the day itself,
   * and on 28 February of a year without 29 February also those who started on a 29 February.
   */
  public static List<MonthDay> anniversariesOn(LocalDate today) {
    List<MonthDay> days = new ArrayList<>();
    days.add(MonthDay.from(today));
    if (today.getMonthValue() == 2 && today.getDayOfMonth() == 28 && !today.isLeapYear()) {
      days.add(MonthDay.of(2, 29));
    }
    return days;
  }

  /**
   * Whether a relationship that began on {@code since} has a (first or later) anniversary today.
   */
  public static boolean anniversary(LocalDate since, LocalDate today) {
    return since != null
        && since.isBefore(today.minusYears(1).plusDays(1))
        && anniversariesOn(today).contains(MonthDay.from(since));
  }
}
