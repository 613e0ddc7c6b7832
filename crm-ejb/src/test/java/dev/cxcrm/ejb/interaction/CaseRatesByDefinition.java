package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.Rate;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The case rates computed the slow way, as they were before they moved into the database: every
 * case opened or resolved in the period loaded with the channel of its first inbound interaction
 * looked up per case (the former query), and the rates counted in Java by the definitions
 * (docs/decisions/0006). The reference the SQL is compared with, on H2 and on the bench. The answer
 * has the shape of {@link CaseService#rates}: total, months, channels, agents.
 */
final class CaseRatesByDefinition {
  private CaseRatesByDefinition() {}

  /** One case as the rates count it. */
  record Facts(Instant openedAt, Instant resolvedAt, boolean fcr, Channel channel, String owner) {}

  /** The same, by the definitions (docs/decisions/0006), over every case loaded into Java. */
  static List<Object> rates(Connection c, LocalDate from, LocalDate to, ZoneId zone) {
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<Facts> facts = facts(c, start, end);
    List<CaseRates.Row<YearMonth>> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
      LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      months.add(
          row(
              m,
              facts,
              first.atStartOfDay(zone).toInstant(),
              last.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    return List.of(
        row(null, facts, start, end),
        months,
        by(facts, Facts::channel, Comparator.<Channel>naturalOrder(), start, end),
        by(facts, Facts::owner, Comparator.<String>naturalOrder(), start, end));
  }

  private static <K> List<CaseRates.Row<K>> by(
      List<Facts> facts, Function<Facts, K> key, Comparator<K> order, Instant from, Instant to) {
    Map<K, List<Facts>> groups = new LinkedHashMap<>();
    for (Facts f : facts) {
      if (in(f.openedAt(), from, to) || in(f.resolvedAt(), from, to)) {
        groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
      }
    }
    List<CaseRates.Row<K>> rows = new ArrayList<>();
    groups.forEach((k, group) -> rows.add(row(k, group, from, to)));
    rows.sort(Comparator.comparing(CaseRates.Row::key, Comparator.nullsLast(order)));
    return rows;
  }

  private static <K> CaseRates.Row<K> row(K key, List<Facts> facts, Instant from, Instant to) {
    long opened = 0;
    long resolvedByEnd = 0;
    long resolved = 0;
    long fcr = 0;
    for (Facts f : facts) {
      if (in(f.openedAt(), from, to)) {
        opened++;
        resolvedByEnd += f.resolvedAt() != null && f.resolvedAt().isBefore(to) ? 1 : 0;
      }
      if (in(f.resolvedAt(), from, to)) {
        resolved++;
        fcr += f.fcr() ? 1 : 0;
      }
    }
    return new CaseRates.Row<>(key, new Rate(resolvedByEnd, opened), new Rate(fcr, resolved));
  }

  private static boolean in(Instant at, Instant from, Instant to) {
    return at != null && !at.isBefore(from) && at.isBefore(to);
  }

  /** The cases opened or resolved in [from, to), with the channel probed per case as before. */
  static List<Facts> facts(Connection c, Instant from, Instant to) {
    List<Facts> facts = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select c.opened_at, c.resolved_at, c.first_contact_resolution, c.owner,"
                + " (select i.channel from interaction i where i.case_id = c.id"
                + " and i.direction = 'INBOUND' order by i.occurred_at, i.id limit 1)"
                + " from service_case c where (c.opened_at >= ? and c.opened_at < ?)"
                + " or (c.resolved_at >= ? and c.resolved_at < ?)")) {
      for (int p = 0; p < 2; p++) {
        s.setObject(2 * p + 1, from.atOffset(ZoneOffset.UTC));
        s.setObject(2 * p + 2, to.atOffset(ZoneOffset.UTC));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          facts.add(
              new Facts(
                  Jdbc.instant(r.getObject(1)),
                  Jdbc.instant(r.getObject(2)),
                  Boolean.TRUE.equals(r.getObject(3)),
                  r.getString(5) == null ? null : Channel.valueOf(r.getString(5)),
                  r.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return facts;
  }
}
