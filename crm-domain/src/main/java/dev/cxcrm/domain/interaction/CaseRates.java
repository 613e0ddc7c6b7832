package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolution rate and first-contact-resolution (FCR) rate of a period, as the cases stand now
 * (docs/decisions/0006-cases-and-first-contact-resolution.md):
 *
 * <ul>
 *   <li><b>Resolution rate</b>: of the cases <i>opened</i> in the period, the share that is
 *       resolved, with a resolution time before the end of the period. A case reopened since is not
 *       resolved.
 *   <li><b>FCR rate</b>: of the cases <i>resolved</i> in the period (and still resolved), the share
 *       resolved at first contact.
 * </ul>
 *
 * The database counts the cases per month's part of the period, channel and owner ({@link
 * CaseTally}); every rate here is a sum of those counts. Each rate carries numerator and
 * denominator; an empty denominator gives no rate.
 */
public final class CaseRates {
  /**
   * The period of the rates: by default the last six months, the first one whole, to today; at most
   * three years (so that one request stays one count per month).
   */
  public static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastMonths(6, 3 * 366);

  private CaseRates() {}

  /** Both rates of one cut: a month, a channel or an agent. */
  public record Row<K>(K key, Rate resolution, Rate firstContactResolution) {}

  /** One calendar month's part of a period: [start, end) in the business's time zone. */
  public record Month(YearMonth month, Instant start, Instant end) {}

  /**
   * The calendar months (in {@code zone}) of the days {@code first} to {@code last}, each cut to
   * the period. Together they cover the period exactly once.
   */
  public static List<Month> months(LocalDate first, LocalDate last, ZoneId zone) {
    List<Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      LocalDate start = m.atDay(1).isBefore(first) ? first : m.atDay(1);
      LocalDate end = m.atEndOfMonth().isAfter(last) ? last : m.atEndOfMonth();
      months.add(
          new Month(
              m,
              start.atStartOfDay(zone).toInstant(),
              end.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    return months;
  }

  /** Both rates over the whole period. */
  public static Row<Void> total(Collection<CaseTally> tallies) {
    return row(null, tallies, false);
  }

  /**
   * Both rates per key (channel, owner) over the whole period; keys in {@code order}, null (no
   * channel, unassigned) last. Only keys with at least one case in a denominator are listed.
   */
  public static <K> List<Row<K>> by(
      Collection<CaseTally> tallies, Function<CaseTally, K> key, Comparator<K> order) {
    Map<K, List<CaseTally>> groups = new LinkedHashMap<>();
    for (CaseTally t : tallies) {
      if (t.opened() > 0 || t.resolved() > 0) {
        groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
      }
    }
    List<Row<K>> rows = new ArrayList<>();
    groups.forEach((k, group) -> rows.add(row(k, group, false)));
    rows.sort(Comparator.comparing(Row::key, Comparator.nullsLast(order)));
    return rows;
  }

  /**
   * Both rates per month of the period, each over that month's part of it (resolution by the end of
   * that part); a month without cases is listed with empty rates, so that a trend shows the gap.
   */
  public static List<Row<YearMonth>> monthly(List<Month> months, Collection<CaseTally> tallies) {
    Map<YearMonth, List<CaseTally>> byMonth = new LinkedHashMap<>();
    months.forEach(m -> byMonth.put(m.month(), new ArrayList<>()));
    tallies.forEach(t -> byMonth.get(t.month()).add(t));
    List<Row<YearMonth>> rows = new ArrayList<>();
    byMonth.forEach((m, group) -> rows.add(row(m, group, true)));
    return rows;
  }

  private static <K> Row<K> row(K key, Collection<CaseTally> tallies, boolean byMonthEnd) {
    long opened = 0;
    long resolvedInTime = 0;
    long resolved = 0;
    long firstContact = 0;
    for (CaseTally t : tallies) {
      opened += t.opened();
      resolvedInTime += byMonthEnd ? t.resolvedByMonthEnd() : t.resolvedByPeriodEnd();
      resolved += t.resolved();
      firstContact += t.firstContact();
    }
    return new Row<>(key, new Rate(resolvedInTime, opened), new Rate(firstContact, resolved));
  }
}
