package dev.cxcrm.ejb.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V3_62 on a database of the previous release: outbound contacts get their default purpose and
 * every answer is settled again under the new rule.
 *
 * <pre>
 * customer 1: message 1 09:00, newsletter 2 10:00 (answered 1 under the old rule)
 * customer 2: A 14:05 (id 10), B 16:21 (id 11), reply to B 09:24 (12), reply to A 13:50 (13);
 *             the old rule answered both at 09:24
 * customer 3: message 20 09:00 answered by reply 21 09:30 that names it: unchanged
 * </pre>
 */
class AnswerResettleMigrationOnH2Test {
  private static Connection c;

  @BeforeAll
  static void previousRelease() throws SQLException {
    H2Schema.migrate("resettle", "3.61");
    c = H2Schema.connect("resettle");
    try (Statement s = c.createStatement()) {
      for (int id = 1; id <= 3; id++) {
        s.execute(
            "insert into customer (id, version, kind, name, sort_key, search_text,"
                + " relationship_type, lifecycle, consent_email, consent_survey, consent_phone,"
                + " consent_sms, customer_since, created_at, created_by, updated_at, stage)"
                + " values ("
                + id
                + ", 1, 'PERSON', 'c', 'c', 'c', 'LONG_TERM', 'ACTIVE', false, false, false,"
                + " false, date '2026-01-01', current_timestamp, 'test', current_timestamp,"
                + " 'AWARENESS')");
      }
    }
    contact(1, 1, "INBOUND", "2026-11-02T09:00:00Z", null);
    contact(2, 1, "OUTBOUND", "2026-11-02T10:00:00Z", null);
    contact(10, 2, "INBOUND", "2026-11-02T14:05:00Z", null);
    contact(11, 2, "INBOUND", "2026-11-02T16:21:00Z", null);
    contact(12, 2, "OUTBOUND", "2026-11-03T09:24:00Z", 11L);
    contact(13, 2, "OUTBOUND", "2026-11-03T13:50:00Z", 10L);
    contact(20, 3, "INBOUND", "2026-11-02T09:00:00Z", null);
    contact(21, 3, "OUTBOUND", "2026-11-02T09:30:00Z", 20L);
    // What the old rule stored: the first outbound contact after each message.
    try (Statement s = c.createStatement()) {
      s.execute(
          "update interaction i set (answered_by, answered_at) = (select o.id, o.occurred_at"
              + " from interaction o where o.customer_id = i.customer_id"
              + " and o.direction = 'OUTBOUND' and o.occurred_at >= i.occurred_at"
              + " order by o.occurred_at, o.id fetch first 1 rows only)"
              + " where i.direction = 'INBOUND'");
    }
    H2Schema.migrate("resettle");
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  private static void contact(long id, long customer, String direction, String at, Long replyTo)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
                + " awaits_answer, reply_to, created_at, created_by)"
                + " values (?, 1, ?, 'EMAIL', ?, ?, ?, ?, current_timestamp, 'test')")) {
      s.setLong(1, id);
      s.setLong(2, customer);
      s.setString(3, direction);
      s.setObject(4, Instant.parse(at).atOffset(ZoneOffset.UTC));
      s.setBoolean(5, direction.equals("INBOUND"));
      s.setObject(6, replyTo);
      s.executeUpdate();
    }
  }

  private static String row(long id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select purpose, answered_by, answered_at, version from interaction where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        Object at = r.getObject(3, java.time.OffsetDateTime.class);
        return r.getString(1)
            + " "
            + r.getObject(2)
            + " "
            + (at == null ? null : ((java.time.OffsetDateTime) at).toInstant())
            + " v"
            + r.getInt(4);
      }
    }
  }

  @Test
  void outbound_contacts_get_the_default_purpose() throws SQLException {
    assertThat(row(2)).startsWith("PROACTIVE ");
    assertThat(row(12)).startsWith("REACTIVE ");
    assertThat(row(1)).startsWith("null ");
  }

  @Test
  void a_newsletter_no_longer_answers_the_message() throws SQLException {
    assertThat(row(1)).isEqualTo("null null null v2");
  }

  @Test
  void each_linked_reply_answers_what_it_names() throws SQLException {
    assertThat(row(10)).isEqualTo("null 13 2026-11-03T13:50:00Z v2");
    assertThat(row(11))
        .as("unchanged answer, same version")
        .isEqualTo("null 12 2026-11-03T09:24:00Z v1");
  }

  @Test
  void answers_that_follow_the_new_rule_are_left_alone() throws SQLException {
    assertThat(row(20)).isEqualTo("null 21 2026-11-02T09:30:00Z v1");
  }
}
