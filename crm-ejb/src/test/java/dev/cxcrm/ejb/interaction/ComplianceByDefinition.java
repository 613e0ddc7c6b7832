package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.interaction.ResponseCompliance.By;
import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The compliance figures computed the slow way, as they were before they moved into the database:
 * every counted contact of the period loaded with the former query, then grouped and computed in
 * Java by the definitions (docs/decisions/0005). The reference the SQL is compared with, on H2 and
 * on the bench.
 */
final class ComplianceByDefinition {
  private ComplianceByDefinition() {}

  /** One contact as the figures count it. */
  record Sample(
      String channel, String agent, Instant occurredAt, Instant dueAt, Instant answeredAt) {}

  static Function<Sample, String> key(By by, ZoneId zone) {
    return switch (by) {
      case CHANNEL -> Sample::channel;
      case AGENT -> s -> Objects.requireNonNullElse(s.agent(), "");
      case WEEK -> s -> ResponseCompliance.weekOf(s.occurredAt(), zone).toString();
    };
  }

  /** The figures by their definitions (ComplianceFigures), computed over every contact in Java. */
  static List<ComplianceFigures> figures(
      List<Sample> samples, Function<Sample, String> key, Instant now) {
    Map<String, List<Sample>> groups = new TreeMap<>();
    samples.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    List<ComplianceFigures> rows = new ArrayList<>();
    groups.forEach(
        (k, group) -> {
          int inTime = 0;
          int late = 0;
          int overdue = 0;
          int pending = 0;
          List<Long> seconds = new ArrayList<>();
          for (Sample s : group) {
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
          seconds.sort(null);
          int n = seconds.size();
          int decided = inTime + late + overdue;
          Double median =
              n == 0
                  ? null
                  : (n % 2 == 1
                          ? seconds.get(n / 2)
                          : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0)
                      / 60.0;
          Double p90 =
              n == 0 ? null : seconds.get(Math.max(1, (int) Math.ceil(90 / 100.0 * n)) - 1) / 60.0;
          rows.add(
              new ComplianceFigures(
                  k,
                  decided,
                  inTime,
                  late,
                  overdue,
                  pending,
                  decided == 0 ? null : inTime * 100.0 / decided,
                  n,
                  median,
                  p90));
        });
    return rows;
  }

  /** Every counted contact of [from, to), with its responsible user: the query used before. */
  static List<Sample> samples(Connection c, Instant from, Instant to) {
    List<Sample> samples = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select i.channel, coalesce(i.agent, c.owner), i.occurred_at, i.due_at, i.answered_at"
                + " from interaction i join customer c on c.id = i.customer_id"
                + " where i.due_at is not null and i.awaits_answer = true"
                + " and i.occurred_at >= ? and i.occurred_at < ?")) {
      s.setObject(1, from.atOffset(ZoneOffset.UTC));
      s.setObject(2, to.atOffset(ZoneOffset.UTC));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          samples.add(
              new Sample(
                  r.getString(1),
                  r.getString(2),
                  Jdbc.instant(r.getObject(3)),
                  Jdbc.instant(r.getObject(4)),
                  Jdbc.instant(r.getObject(5))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return samples;
  }
}
