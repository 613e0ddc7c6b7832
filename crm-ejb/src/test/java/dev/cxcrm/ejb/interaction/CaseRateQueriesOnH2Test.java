package dev.cxcrm.ejb.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.interaction.Rate;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case rates' SQL on H2 (the embedded default) against the definitions computed the slow way:
 * every case of the period loaded with the channel of its first inbound interaction looked up per
 * case, and the rates counted in Java, as they were computed before they moved into the database
 * ({@link CaseRatesByDefinition}). The cases exist before the migration that keeps the channel on
 * the case (V3_53), so its back-fill is tested too.
 *
 * <pre>
 * a opened 03-02, resolved 03-03, FCR         inbound EMAIL, outbound PHONE    tanaka
 * b opened 03-10, resolved 03-20              inbound PHONE twice              tanaka
 * c opened 03-30, resolved 04-01 Tokyo, FCR   inbound EMAIL                    kobayashi
 * d opened 03-31 23:59 Tokyo, open            inbound EMAIL                    unassigned
 * e opened 02-20, resolved 03-01, FCR         inbound SMS                      kobayashi
 * f opened 02-01, resolved 02-02, FCR         inbound EMAIL                    tanaka
 * g opened 04-01, resolved 04-02, FCR         inbound EMAIL                    tanaka
 * h opened 03-05, resolved 03-06, reopened (in progress, not FCR)  inbound WEB  tanaka
 * i opened 03-07, resolved 03-08, not FCR     outbound only: no channel        unassigned
 * j opened 03-11, resolved 03-12              inbound PHONE 10:00, SOCIAL 09:00 and WEB 09:00
 *                                             (same instant, higher id): SOCIAL   kobayashi
 * </pre>
 */
class CaseRateQueriesOnH2Test {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static Connection c;
  private static long nextInteraction = 1;

  @BeforeAll
  static void cases() throws SQLException {
    H2Schema.migrate("caserates", "3.52");
    c = H2Schema.connect("caserates");
    for (String user : List.of("tanaka", "kobayashi")) {
      execute(
          "insert into app_user (username, version, display_name, password_hash, role, enabled,"
              + " locale, created_at, password_changed_at) values (?, 1, ?, 'x', 'AGENT', true,"
              + " 'ja', current_timestamp, current_timestamp)",
          user,
          user);
    }
    execute(
        "insert into customer (id, version, kind, name, sort_key, search_text, relationship_type,"
            + " lifecycle, consent_email, consent_survey, consent_phone, consent_sms,"
            + " customer_since, created_at, created_by, updated_at, stage) values (1, 1, 'PERSON',"
            + " 'c', 'c', 'c', 'LONG_TERM', 'ACTIVE', false, false, false, false,"
            + " date '2026-01-01', current_timestamp, 'test', current_timestamp, 'AWARENESS')");
    execute(
        "insert into root_cause (id, version, category, name_ja, name_en, active)"
            + " values (1000, 1, 'OTHER', 'x', 'x', true)");
    resolved(1, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", true, "tanaka");
    in(1, "EMAIL", "INBOUND", "2026-03-02T00:00:00Z");
    in(1, "PHONE", "OUTBOUND", "2026-03-02T01:00:00Z");
    resolved(2, "2026-03-10T00:00:00Z", "2026-03-20T00:00:00Z", false, "tanaka");
    in(2, "PHONE", "INBOUND", "2026-03-10T00:00:00Z");
    in(2, "PHONE", "INBOUND", "2026-03-11T00:00:00Z");
    resolved(3, "2026-03-30T00:00:00Z", "2026-03-31T15:00:00Z", true, "kobayashi");
    in(3, "EMAIL", "INBOUND", "2026-03-30T00:00:00Z");
    open(4, "2026-03-31T14:59:59Z", null, "OPEN", 0, null);
    in(4, "EMAIL", "INBOUND", "2026-03-31T14:59:59Z");
    resolved(5, "2026-02-20T00:00:00Z", "2026-03-01T00:00:00Z", true, "kobayashi");
    in(5, "SMS", "INBOUND", "2026-02-20T00:00:00Z");
    resolved(6, "2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z", true, "tanaka");
    in(6, "EMAIL", "INBOUND", "2026-02-01T00:00:00Z");
    resolved(7, "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z", true, "tanaka");
    in(7, "EMAIL", "INBOUND", "2026-04-01T00:00:00Z");
    open(8, "2026-03-05T00:00:00Z", "tanaka", "IN_PROGRESS", 1, false);
    in(8, "WEB", "INBOUND", "2026-03-05T00:00:00Z");
    resolved(9, "2026-03-07T00:00:00Z", "2026-03-08T00:00:00Z", false, null);
    in(9, "PHONE", "OUTBOUND", "2026-03-07T00:00:00Z");
    resolved(10, "2026-03-11T00:00:00Z", "2026-03-12T00:00:00Z", false, "kobayashi");
    in(10, "PHONE", "INBOUND", "2026-03-11T10:00:00Z");
    in(10, "SOCIAL", "INBOUND", "2026-03-11T09:00:00Z");
    in(10, "WEB", "INBOUND", "2026-03-11T09:00:00Z");
    H2Schema.migrate("caserates");
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void the_migration_keeps_the_channel_of_each_case_s_first_inbound_interaction() {
    assertThat(storedChannels())
        .containsExactly(
            "EMAIL", "PHONE", "EMAIL", "EMAIL", "SMS", "EMAIL", "EMAIL", "WEB", null, "SOCIAL");
  }

  @Test
  void every_cut_equals_the_definition_over_several_periods_and_zones() {
    LocalDate[][] periods = {
      {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)},
      {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)},
      {LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 10)},
      {LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)},
      {LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 28)},
    };
    for (LocalDate[] p : periods) {
      for (ZoneId zone : List.of(TOKYO, ZoneOffset.UTC, ZoneId.of("America/New_York"))) {
        assertThat(rates(p[0], p[1], zone))
            .as("%s %s", p[0], zone)
            .isEqualTo(CaseRatesByDefinition.rates(c, p[0], p[1], zone));
      }
    }
  }

  @Test
  void rates_of_march_in_tokyo_match_the_hand_computed_ones() {
    List<Object> r = rates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), TOKYO);
    // Opened in March: a b c d h i j; resolved by its end a b i j (c on 1 April, h reopened).
    // Resolved in March: a b e i j; FCR a e.
    assertThat(r.get(0)).isEqualTo(new CaseRates.Row<Void>(null, new Rate(4, 7), new Rate(2, 5)));
    @SuppressWarnings("unchecked")
    List<CaseRates.Row<Channel>> channels = (List<CaseRates.Row<Channel>>) r.get(2);
    // EMAIL a c d: 1/3 and 1/1; PHONE b; SMS e (opened in February); SOCIAL j; WEB h (reopened:
    // opened, not resolved); no channel i (outbound only) last.
    assertThat(channels)
        .containsExactly(
            new CaseRates.Row<>(Channel.EMAIL, new Rate(1, 3), new Rate(1, 1)),
            new CaseRates.Row<>(Channel.PHONE, new Rate(1, 1), new Rate(0, 1)),
            new CaseRates.Row<>(Channel.SMS, Rate.NONE, new Rate(1, 1)),
            new CaseRates.Row<>(Channel.SOCIAL, new Rate(1, 1), new Rate(0, 1)),
            new CaseRates.Row<>(Channel.WEB, new Rate(0, 1), Rate.NONE),
            new CaseRates.Row<>(null, new Rate(1, 1), new Rate(0, 1)));
  }

  @Test
  void attaching_and_detaching_keeps_the_channel_on_the_case() throws SQLException {
    // An earlier inbound call enters case g: PHONE comes first; taken out again: EMAIL.
    long id = in(7, "PHONE", "INBOUND", "2026-03-31T00:00:00Z");
    refresh(7);
    assertThat(storedChannels().get(6)).isEqualTo("PHONE");
    execute("update interaction set case_id = null where id = ?", id);
    refresh(7);
    assertThat(storedChannels().get(6)).isEqualTo("EMAIL");
    // The case without an inbound interaction gets one, then loses it: back to no channel.
    long first = in(9, "SMS", "INBOUND", "2026-03-07T00:00:00Z");
    refresh(9);
    assertThat(storedChannels().get(8)).isEqualTo("SMS");
    execute("update interaction set case_id = null where id = ?", first);
    refresh(9);
    assertThat(storedChannels().get(8)).isNull();
  }

  /** Total, months, channels and agents, as {@link CaseService#rates} puts them together. */
  private static List<Object> rates(LocalDate from, LocalDate to, ZoneId zone) {
    List<CaseRates.Month> months = CaseRates.months(from, to, zone);
    List<CaseTally> tallies = new CaseRateQueries(c).tallies(months);
    return List.of(
        CaseRates.total(tallies),
        CaseRates.monthly(months, tallies),
        CaseRates.by(tallies, CaseTally::channel, Comparator.<Channel>naturalOrder()),
        CaseRates.by(tallies, CaseTally::owner, Comparator.<String>naturalOrder()));
  }

  private static List<String> storedChannels() {
    List<String> channels = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement("select first_inbound_channel from service_case order by id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        channels.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return channels;
  }

  private static void refresh(long caseId) throws SQLException {
    execute(FirstInboundChannel.refresh(1), caseId);
  }

  private static void resolved(long id, String opened, String resolved, boolean fcr, String owner)
      throws SQLException {
    execute(
        "insert into service_case (id, version, customer_id, type, priority, subject, owner,"
            + " status, root_cause_id, resolution, reopen_count, first_contact_resolution,"
            + " opened_at, opened_by, resolved_at, resolved_by) values (?, 1, 1, 'QUESTION',"
            + " 'NORMAL', 's', ?, 'RESOLVED', 1000, 'done', 0, ?, ?, 'test', ?, 'test')",
        id,
        owner,
        fcr,
        Instant.parse(opened).atOffset(ZoneOffset.UTC),
        Instant.parse(resolved).atOffset(ZoneOffset.UTC));
  }

  private static void open(
      long id, String opened, String owner, String status, int reopens, Boolean fcr)
      throws SQLException {
    execute(
        "insert into service_case (id, version, customer_id, type, priority, subject, owner,"
            + " status, reopen_count, first_contact_resolution, opened_at, opened_by)"
            + " values (?, 1, 1, 'QUESTION', 'NORMAL', 's', ?, ?, ?, ?, ?, 'test')",
        id,
        owner,
        status,
        reopens,
        fcr,
        Instant.parse(opened).atOffset(ZoneOffset.UTC));
  }

  private static long in(long caseId, String channel, String direction, String at)
      throws SQLException {
    long id = nextInteraction++;
    execute(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " awaits_answer, case_id, created_at, created_by) values (?, 1, 1, ?, ?, ?, false,"
            + " ?, current_timestamp, 'test')",
        id,
        channel,
        direction,
        Instant.parse(at).atOffset(ZoneOffset.UTC),
        caseId);
    return id;
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
