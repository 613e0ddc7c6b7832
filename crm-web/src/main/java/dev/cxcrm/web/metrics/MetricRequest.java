package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.web.shared.QueryInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the API and the dashboard read what a metric is asked over: the period (default this month
 * and the two before, at most {@value #MAX_DAYS} days: three years), at most one cut's value, and
 * {@code groupBy} a calendar period or a cut.
 */
final class MetricRequest {
  static final int MAX_DAYS = 3 * 366 + 2;
  static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastMonths(3, MAX_DAYS);

  /** This quarter and the three before: the business-impact dashboard's default. */
  static final ReportPeriod.Rule QUARTERS = groupsBefore(PeriodGrouping.QUARTER, 9);

  /** This half-year and the three before: the competitive-position dashboard's default. */
  static final ReportPeriod.Rule HALVES = groupsBefore(PeriodGrouping.HALF_YEAR, 18);

  /** This week and the eleven before: the operations dashboard's default. */
  static final ReportPeriod.Rule WEEKS =
      new ReportPeriod.Rule(
          end -> PeriodGrouping.WEEK.startOf(end).minusWeeks(11), null, MAX_DAYS, "to");

  /** From the start of the last day's group and {@code months} before it, to the last day. */
  private static ReportPeriod.Rule groupsBefore(PeriodGrouping g, int months) {
    return new ReportPeriod.Rule(end -> g.startOf(end).minusMonths(months), null, MAX_DAYS, "to");
  }

  /** The groupBy words for calendar periods, in the API's spelling. */
  static final Map<String, PeriodGrouping> PERIODS =
      Map.of(
          "week", PeriodGrouping.WEEK,
          "month", PeriodGrouping.MONTH,
          "quarter", PeriodGrouping.QUARTER,
          "half-year", PeriodGrouping.HALF_YEAR,
          "year", PeriodGrouping.YEAR);

  private MetricRequest() {}

  /** The groupBy words: the calendar periods, then the cuts by their parameter names. */
  static List<String> groupings() {
    List<String> words = new ArrayList<>(List.of("week", "month", "quarter", "half-year", "year"));
    for (MetricCut c : MetricCut.values()) {
      words.add(c.parameter());
    }
    return words;
  }

  /**
   * The query of these parameters, problems added to {@code in}; null when the period could not be
   * read. {@code cuts} holds each cut's parameter as given (null when absent).
   */
  static MetricQuery read(
      QueryInput in,
      ReportPeriod.Rule rule,
      String from,
      String to,
      String groupBy,
      Map<MetricCut, String> cuts,
      Set<MetricCut> allowed,
      LocalDate today) {
    ReportPeriod period = in.period(from, to, rule, today);
    String grouping = in.word("groupBy", groupBy, groupings(), null);
    Map<MetricCut, String> given = new EnumMap<>(MetricCut.class);
    cuts.forEach(
        (cut, raw) -> {
          String value = value(in, cut, raw);
          if (value != null) {
            given.put(cut, value);
          }
        });
    given.keySet().stream()
        .filter(c -> !allowed.contains(c))
        .forEach(c -> notFor(in, c.parameter()));
    if (given.size() > 1) {
      MetricCut second = given.keySet().stream().skip(1).findFirst().orElseThrow();
      in.refuse(
          second.parameter(),
          "metrics.validation.oneCut",
          "Keep one cut's value or group by a cut, not both.");
    }
    MetricCut byCut = byCut(grouping);
    if (byCut != null && !allowed.contains(byCut)) {
      notFor(in, "groupBy");
    } else if (byCut != null && !given.isEmpty()) {
      in.refuse(
          "groupBy",
          "metrics.validation.oneCut",
          "Keep one cut's value or group by a cut, not both.");
    }
    if (period == null
        || given.size() > 1
        || (byCut != null && !given.isEmpty())
        || !allowed.containsAll(given.keySet())
        || (byCut != null && !allowed.contains(byCut))) {
      return null;
    }
    MetricCut cut = given.isEmpty() ? null : given.keySet().iterator().next();
    return new MetricQuery(
        period,
        cut,
        cut == null ? null : given.get(cut),
        grouping == null ? null : PERIODS.get(grouping),
        byCut);
  }

  /**
   * The currency asked for ({@code currency}, ISO 4217), or null when none was given; only a metric
   * of money ({@code money}) takes one.
   */
  static String currency(QueryInput in, String raw, boolean money) {
    String code = QueryInput.text(raw);
    if (code == null) {
      return null;
    }
    if (!money) {
      in.refuse(
          "currency",
          "metrics.validation.noCurrency",
          "Only lifetime value (clv) is asked in a currency.");
      return null;
    }
    if (!code.matches("[A-Z]{3}")
        || java.util.Currency.getAvailableCurrencies().stream()
            .noneMatch(c -> c.getCurrencyCode().equals(code))) {
      in.refuse(
          "currency", "metrics.validation.currency", "An ISO 4217 currency code (JPY, USD, ...).");
      return null;
    }
    return code;
  }

  private static void notFor(QueryInput in, String parameter) {
    in.refuse(parameter, "metrics.validation.cutNotFor", "This metric cannot be cut this way.");
  }

  private static MetricCut byCut(String grouping) {
    for (MetricCut c : MetricCut.values()) {
      if (c.parameter().equals(grouping)) {
        return c;
      }
    }
    return null;
  }

  /** A cut's value as the rollup keeps it: an enum's name, an id's digits, a label as written. */
  private static String value(QueryInput in, MetricCut cut, String raw) {
    String name = cut.parameter();
    return switch (cut) {
      case SEGMENT, AGENT -> QueryInput.text(raw);
      case RELATIONSHIP_TYPE -> name(in.enumValue(name, raw, RelationshipType.class));
      case STAGE -> name(in.enumValue(name, raw, JourneyStage.class));
      case CHANNEL -> name(in.enumValue(name, raw, Channel.class));
      case TOUCHPOINT -> {
        Long id = in.id(name, raw);
        yield id == null ? null : id.toString();
      }
    };
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
