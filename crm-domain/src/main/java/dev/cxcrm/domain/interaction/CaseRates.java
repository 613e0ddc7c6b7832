package dev.cxcrm.domain.interaction;

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
 * Resolution rate and first-contact-resolution (FCR) rate of a period [from, to), as the cases
 * stand now (docs/decisions/0006-cases-and-first-contact-resolution.md):
 *
 * <ul>
 *   <li><b>Resolution rate</b>: of the cases <i>opened</i> in the period, the share that is
 *       resolved, with a resolution time before the end of the period. A case reopened since is not
 *       resolved.
 *   <li><b>FCR rate</b>: of the cases <i>resolved</i> in the period (and still resolved), the share
 *       resolved at first contact.
 * </ul>
 *
 * Each rate carries numerator and denominator; an empty denominator gives no rate.
 */
public final class CaseRates {
  private CaseRates() {}

  /** Both rates of one cut: a month, a channel or an agent. */
  public record Row<K>(K key, Rate resolution, Rate firstContactResolution) {}

  public static Rate resolutionRate(Collection<CaseFacts> cases, Instant from, Instant to) {
    Rate r = Rate.NONE;
    for (CaseFacts c : cases) {
      if (c.openedIn(from, to)) {
        r = r.plus(c.resolvedBefore(to));
      }
    }
    return r;
  }

  public static Rate firstContactResolutionRate(
      Collection<CaseFacts> cases, Instant from, Instant to) {
    Rate r = Rate.NONE;
    for (CaseFacts c : cases) {
      if (c.resolvedIn(from, to)) {
        r = r.plus(c.firstContactResolution());
      }
    }
    return r;
  }

  /** Both rates over the whole period. */
  public static Row<Void> total(Collection<CaseFacts> cases, Instant from, Instant to) {
    return new Row<>(
        null, resolutionRate(cases, from, to), firstContactResolutionRate(cases, from, to));
  }

  /**
   * Both rates per key (channel, owner) over the whole period; keys in {@code order}, null (no
   * channel, unassigned) last. Only keys with at least one case in a denominator are listed.
   */
  public static <K> List<Row<K>> by(
      Collection<CaseFacts> cases,
      Function<CaseFacts, K> key,
      Comparator<K> order,
      Instant from,
      Instant to) {
    Map<K, List<CaseFacts>> groups = new LinkedHashMap<>();
    for (CaseFacts c : cases) {
      if (c.openedIn(from, to) || c.resolvedIn(from, to)) {
        groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
      }
    }
    List<Row<K>> rows = new ArrayList<>();
    groups.forEach(
        (k, group) ->
            rows.add(
                new Row<>(
                    k,
                    resolutionRate(group, from, to),
                    firstContactResolutionRate(group, from, to))));
    rows.sort(Comparator.comparing(Row::key, Comparator.nullsLast(order)));
    return rows;
  }

  /**
   * Both rates per calendar month (in {@code zone}) of the days {@code first} to {@code last}, each
   * over that month's part of the period; a month without cases is listed with empty rates, so that
   * a trend shows the gap.
   */
  public static List<Row<YearMonth>> monthly(
      Collection<CaseFacts> cases, LocalDate first, LocalDate last, ZoneId zone) {
    List<Row<YearMonth>> rows = new ArrayList<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      LocalDate start = m.atDay(1).isBefore(first) ? first : m.atDay(1);
      LocalDate end = m.atEndOfMonth().isAfter(last) ? last : m.atEndOfMonth();
      Instant from = start.atStartOfDay(zone).toInstant();
      Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
      rows.add(
          new Row<>(
              m, resolutionRate(cases, from, to), firstContactResolutionRate(cases, from, to)));
    }
    return rows;
  }
}
