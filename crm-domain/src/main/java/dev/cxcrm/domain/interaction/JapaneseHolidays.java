package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Japan's public holidays of a year, computed by the Act on National Holidays as it stands since
 * 2020: fixed dates, the "Happy Monday" days, the equinoxes by the usual approximation (exact for
 * 1980 to 2099, the official dates are announced a year ahead by the observatory), the substitute
 * holiday after a holiday on a Sunday and the citizens' holiday between two holidays. The Olympic
 * years 2020 and 2021 moved three holidays by special law; those dates are written out.
 */
public final class JapaneseHolidays {
  public static final int FIRST_YEAR = 2020;
  public static final int LAST_YEAR = 2099;

  private static final String SUBSTITUTE = "振替休日";
  private static final String CITIZENS = "国民の休日";

  private JapaneseHolidays() {}

  /** The holidays of {@code year} in date order; refused outside 2020 to 2099. */
  public static List<Holiday> of(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw InvalidInput.of(
          "year",
          "cal.japan.year",
          "Japan''s holidays are known for the years {0} to {1}.",
          Integer.toString(FIRST_YEAR),
          Integer.toString(LAST_YEAR));
    }
    TreeMap<LocalDate, String> days = new TreeMap<>(nationalHolidays(year));
    addCitizensHolidays(days);
    addSubstituteHolidays(days);
    return days.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
  }

  private static Map<LocalDate, String> nationalHolidays(int year) {
    Map<LocalDate, String> d = new TreeMap<>();
    d.put(LocalDate.of(year, 1, 1), "元日");
    d.put(monday(year, Month.JANUARY, 2), "成人の日");
    d.put(LocalDate.of(year, 2, 11), "建国記念の日");
    d.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    d.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
    d.put(LocalDate.of(year, 4, 29), "昭和の日");
    d.put(LocalDate.of(year, 5, 3), "憲法記念日");
    d.put(LocalDate.of(year, 5, 4), "みどりの日");
    d.put(LocalDate.of(year, 5, 5), "こどもの日");
    d.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
    d.put(monday(year, Month.SEPTEMBER, 3), "敬老の日");
    d.put(LocalDate.of(year, 11, 3), "文化の日");
    d.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    switch (year) {
      case 2020 -> {
        d.put(LocalDate.of(2020, 7, 23), "海の日");
        d.put(LocalDate.of(2020, 7, 24), "スポーツの日");
        d.put(LocalDate.of(2020, 8, 10), "山の日");
      }
      case 2021 -> {
        d.put(LocalDate.of(2021, 7, 22), "海の日");
        d.put(LocalDate.of(2021, 7, 23), "スポーツの日");
        d.put(LocalDate.of(2021, 8, 8), "山の日");
      }
      default -> {
        d.put(monday(year, Month.JULY, 3), "海の日");
        d.put(LocalDate.of(year, 8, 11), "山の日");
        d.put(monday(year, Month.OCTOBER, 2), "スポーツの日");
      }
    }
    return d;
  }

  /**
   * A day that is no holiday itself but lies between two national holidays is a holiday too (in
   * practice a Tuesday in September, when Respect for the Aged Day and the equinox enclose it).
   */
  private static void addCitizensHolidays(TreeMap<LocalDate, String> days) {
    List<LocalDate> between = new ArrayList<>();
    for (LocalDate day : days.keySet()) {
      LocalDate next = day.plusDays(1);
      if (!days.containsKey(next)
          && days.containsKey(day.plusDays(2))
          && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
        between.add(next);
      }
    }
    between.forEach(d -> days.put(d, CITIZENS));
  }

  /** A holiday on a Sunday moves the rest day to the next day that is not a holiday. */
  private static void addSubstituteHolidays(TreeMap<LocalDate, String> days) {
    List<LocalDate> sundays =
        days.keySet().stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY).toList();
    for (LocalDate sunday : sundays) {
      LocalDate substitute = sunday.plusDays(1);
      while (days.containsKey(substitute)) {
        substitute = substitute.plusDays(1);
      }
      days.put(substitute, SUBSTITUTE);
    }
  }

  private static LocalDate monday(int year, Month month, int ordinal) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }

  /** The common approximation, valid 1980 to 2099. */
  static int vernalEquinoxDay(int year) {
    return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
  }

  static int autumnalEquinoxDay(int year) {
    return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
  }
}
