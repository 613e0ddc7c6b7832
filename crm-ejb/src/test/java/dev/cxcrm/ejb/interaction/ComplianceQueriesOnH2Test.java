package dev.cxcrm.ejb.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.ResponseCompliance.By;
import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.ResponseTally;
import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compliance SQL on H2 (the embedded default) against the definitions computed the slow way:
 * every contact loaded and grouped in Java, as the figures were computed before they moved into the
 * database ({@link ComplianceByDefinition}). Contacts are due 60 minutes after they occur; "now" is
 * 2026-11-25T12:00Z.
 *
 * <pre>
 * EMAIL   agent sato      answered after 10, 30, 60 (at the deadline: in time), 61 min; n = 4
 * PHONE   no agent, customer owned by tanaka: answered after 5, 7, 9 min, one overdue; n = 3
 * SMS     no agent, customer without owner: one pending (due after now); no answer at all
 * SOCIAL  agent sato      six answers 1..6 min (+ 59.999999 s on the last, rounded down); n = 6,
 *                         where H2's percentile_disc would pick the 5th value instead of the 6th
 * WEB     agent kato      ten answers 10..100 min; n = 10: p90 is the 9th
 * EMAIL   at 2026-11-22T15:00Z (Monday 00:00 in Tokyo) and 1 µs before (Sunday): two weeks
 * PHONE   at 2026-11-02T04:30Z and 05:00Z: Sunday 23:30 and Monday 00:00 in New York, the day after
 *         daylight saving ended (that week lasts 7 days and 1 hour)
 * left out: in person without deadline, inbound not awaiting an answer
 * </pre>
 */
class ComplianceQueriesOnH2Test {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant BASE = Instant.parse("2026-11-10T01:00:00Z");
  private static Connection c;
  private static long nextId = 1;

  @BeforeAll
  static void contacts() throws SQLException {
    H2Schema.migrate("compliance");
    c = H2Schema.connect("compliance");
    for (String user : List.of("sato", "tanaka", "kato")) {
      execute(
          "insert into app_user (username, version, display_name, password_hash, role, enabled,"
              + " locale, created_at, password_changed_at) values (?, 1, ?, 'x', 'AGENT', true,"
              + " 'ja', current_timestamp, current_timestamp)",
          user,
          user);
    }
    customer(1, "tanaka");
    customer(2, null);
    int minute = 0;
    for (int m : new int[] {10, 30, 60, 61}) {
      contact(1, "EMAIL", "sato", BASE.plusSeconds(3600L * minute++), Duration.ofMinutes(m));
    }
    for (int m : new int[] {9, 5, 7}) {
      contact(1, "PHONE", null, BASE.plusSeconds(3600L * minute++), Duration.ofMinutes(m));
    }
    contact(1, "PHONE", null, BASE.plusSeconds(3600L * minute++), null);
    contact(2, "SMS", null, NOW.minusSeconds(60), null);
    for (int m = 1; m <= 6; m++) {
      Duration d = Duration.ofMinutes(m);
      contact(
          1,
          "SOCIAL",
          "sato",
          BASE.plusSeconds(3600L * minute++),
          m == 6 ? d.plusSeconds(59).plusNanos(999_999_000) : d);
    }
    for (int m = 100; m >= 10; m -= 10) {
      contact(1, "WEB", "kato", BASE.plusSeconds(3600L * minute++), Duration.ofMinutes(m));
    }
    Instant mondayTokyo = Instant.parse("2026-11-22T15:00:00Z");
    contact(1, "EMAIL", null, mondayTokyo, Duration.ofMinutes(3));
    contact(1, "EMAIL", null, mondayTokyo.minusNanos(1000), Duration.ofMinutes(4));
    contact(1, "PHONE", "kato", Instant.parse("2026-11-02T04:30:00Z"), Duration.ofMinutes(20));
    contact(1, "PHONE", "kato", Instant.parse("2026-11-02T05:00:00Z"), null);
    execute(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " awaits_answer, created_at, created_by) values (?, 1, 1, 'IN_PERSON', 'INBOUND', ?,"
            + " true, ?, 'test')",
        nextId++,
        time(BASE),
        time(BASE));
    execute(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " awaits_answer, due_at, created_at, created_by) values (?, 1, 1, 'EMAIL', 'INBOUND',"
            + " ?, false, ?, ?, 'test')",
        nextId++,
        time(BASE),
        time(BASE.plusSeconds(3600)),
        time(BASE));
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void every_cut_equals_the_definition_over_several_periods_and_zones() {
    Instant[][] periods = {
      {Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")},
      {Instant.parse("2026-11-09T15:00:00Z"), Instant.parse("2026-11-23T15:00:00Z")},
      {Instant.parse("2026-11-22T15:00:00Z"), Instant.parse("2026-11-22T15:00:00.000001Z")},
      {Instant.parse("2026-11-02T05:00:00Z"), Instant.parse("2026-11-10T05:00:00Z")},
      {Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z")},
    };
    for (Instant[] p : periods) {
      for (ZoneId zone : List.of(TOKYO, NEW_YORK, ZoneOffset.UTC)) {
        for (By by : By.values()) {
          List<ComplianceByDefinition.Sample> samples =
              ComplianceByDefinition.samples(c, p[0], p[1]);
          assertThat(queries().by(by, p[0], p[1], zone, NOW))
              .map(ResponseTally::figures)
              .as("%s %s %s", by, zone, p[0])
              .containsExactlyElementsOf(
                  ComplianceByDefinition.figures(
                      samples, ComplianceByDefinition.key(by, zone), NOW));
        }
        assertThat(queries().total(p[0], p[1], NOW).figures())
            .isEqualTo(
                ComplianceByDefinition.figures(
                        ComplianceByDefinition.samples(c, p[0], p[1]), s -> "", NOW)
                    .stream()
                    .findFirst()
                    .orElse(new ComplianceFigures("", 0, 0, 0, 0, 0, null, 0, null, null)));
      }
    }
  }

  @Test
  void figures_per_channel_match_the_hand_computed_ones() {
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant to = Instant.parse("2026-11-22T00:00:00Z");
    Map<String, ComplianceFigures> rows = new TreeMap<>();
    queries().by(By.CHANNEL, from, to, TOKYO, NOW).forEach(t -> rows.put(t.key(), t.figures()));
    // 10, 30, 60, 61 minutes: in time 3 (60 is at the deadline), late 1; median (30 + 60) / 2,
    // p90 at rank ceil(3.6) = 4.
    assertThat(rows.get("EMAIL"))
        .isEqualTo(new ComplianceFigures("EMAIL", 4, 3, 1, 0, 0, 75.0, 4, 45.0, 61.0));
    // 5, 7, 9 and one overdue: median 7, p90 at rank ceil(2.7) = 3; New York's two contacts of
    // 2026-11-02 (one answered after 20 minutes, one overdue) are in the period too.
    assertThat(rows.get("PHONE"))
        .isEqualTo(new ComplianceFigures("PHONE", 6, 4, 0, 2, 0, 4 * 100.0 / 6, 4, 8.0, 20.0));
    // Six answers: p90 at rank ceil(5.4) = 6, the last one, 6 min 59.999999 s rounded down to 419
    // s.
    assertThat(rows.get("SOCIAL"))
        .isEqualTo(new ComplianceFigures("SOCIAL", 6, 6, 0, 0, 0, 100.0, 6, 3.5, 419 / 60.0));
    // Ten answers 10..100: median 55, p90 the 9th (90); 60 or less is in time.
    assertThat(rows.get("WEB"))
        .isEqualTo(new ComplianceFigures("WEB", 10, 6, 4, 0, 0, 60.0, 10, 55.0, 90.0));
  }

  @Test
  void nothing_answered_gives_no_median_and_pending_contacts_are_not_decided() {
    Instant from = Instant.parse("2026-11-25T00:00:00Z");
    Instant to = Instant.parse("2026-11-26T00:00:00Z");
    assertThat(queries().by(By.CHANNEL, from, to, TOKYO, NOW))
        .map(ResponseTally::figures)
        .containsExactly(new ComplianceFigures("SMS", 0, 0, 0, 0, 1, null, 0, null, null));
  }

  @Test
  void weeks_start_on_monday_in_the_business_time_zone() {
    Instant from = Instant.parse("2026-11-22T00:00:00Z");
    Instant to = Instant.parse("2026-11-24T00:00:00Z");
    assertThat(queries().by(By.WEEK, from, to, TOKYO, NOW))
        .extracting(t -> t.key() + ":" + t.answered())
        .containsExactly("2026-11-16:1", "2026-11-23:1");
    assertThat(queries().by(By.WEEK, from, to, ZoneOffset.UTC, NOW))
        .extracting(t -> t.key() + ":" + t.answered())
        .containsExactly("2026-11-16:2");
    Instant nyFrom = Instant.parse("2026-11-01T00:00:00Z");
    Instant nyTo = Instant.parse("2026-11-03T00:00:00Z");
    assertThat(queries().by(By.WEEK, nyFrom, nyTo, NEW_YORK, NOW))
        .extracting(t -> t.key() + ":" + t.overdue())
        .containsExactly("2026-10-26:0", "2026-11-02:1");
  }

  @Test
  void the_agent_is_the_contact_s_agent_or_else_the_customer_s_owner() {
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant to = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(queries().by(By.AGENT, from, to, TOKYO, NOW))
        .extracting(t -> t.key() + ":" + (t.inTime() + t.late() + t.overdue() + t.pending()))
        .containsExactly(":1", "kato:12", "sato:10", "tanaka:6");
  }

  private static ComplianceQueries queries() {
    return new ComplianceQueries(c);
  }

  private static void customer(long id, String owner) throws SQLException {
    execute(
        "insert into customer (id, version, kind, name, sort_key, search_text, relationship_type,"
            + " lifecycle, owner, consent_email, consent_survey, consent_phone, consent_sms,"
            + " customer_since, created_at, created_by, updated_at, stage) values (?, 1, 'PERSON',"
            + " 'c', 'c', 'c', 'LONG_TERM', 'ACTIVE', ?, false, false, false, false,"
            + " date '2026-01-01', current_timestamp, 'test', current_timestamp, 'AWARENESS')",
        id,
        owner);
  }

  /** An inbound contact due an hour after it occurred, answered after {@code after} (or not). */
  private static void contact(
      long customer, String channel, String agent, Instant at, Duration after) throws SQLException {
    execute(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " agent, awaits_answer, due_at, answered_at, created_at, created_by)"
            + " values (?, 1, ?, ?, 'INBOUND', ?, ?, true, ?, ?, ?, 'test')",
        nextId++,
        customer,
        channel,
        time(at),
        agent,
        time(at.plusSeconds(3600)),
        after == null ? null : time(at.plus(after)),
        time(at));
  }

  private static OffsetDateTime time(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static void execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
