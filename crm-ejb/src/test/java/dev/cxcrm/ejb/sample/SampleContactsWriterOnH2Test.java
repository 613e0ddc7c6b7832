package dev.cxcrm.ejb.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.interaction.AnswerRule;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample as {@link SampleContactsWriter} writes it on H2: its stage changes carry the instants
 * of their customer's history that the funnel reads (V3_50), as the history itself gives them, and
 * its answers are those the answer rule gives, so that its figures tell the truth.
 */
class SampleContactsWriterOnH2Test {
  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
  private static final List<String> STAFF = List.of("sato", "tanaka", "kobayashi");

  private static Connection c;

  @BeforeAll
  static void writeTheSample() throws SQLException {
    H2Schema.migrate("sample-writer");
    List<CustomerDraft> drafts = SampleCustomers.generate(120, STAFF, LocalDate.of(2026, 11, 23));
    SampleContacts.Sample sample =
        SampleContacts.generate(
            drafts.stream().map(d -> new SampleContacts.Seed(d.lifecycle(), d.owner())).toList(),
            STAFF,
            NOW,
            ZoneId.of("Asia/Tokyo"),
            (Channel ch, Instant at) -> Optional.of(at.plus(Duration.ofHours(24))));
    c = H2Schema.connect("sample-writer");
    try (Statement s = c.createStatement()) {
      for (String user : STAFF) {
        s.executeUpdate(
            "insert into app_user (username, version, display_name, password_hash, role,"
                + " enabled, locale, created_at, password_changed_at) values ('"
                + user
                + "', 1, 'x', 'x', 'AGENT', true, 'ja', current_timestamp, current_timestamp)");
      }
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ids.add(customer(c, 1000L + i, sample.histories().get(i).createdAt()));
    }
    new SampleContactsWriter(c).write(sample, ids, NOW);
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void the_sample_answers_are_those_of_the_answer_rule() throws SQLException {
    Map<Long, List<AnswerRule.Contact>> byCustomer = new HashMap<>();
    Map<Long, Long> stored = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select id, customer_id, direction, occurred_at, awaits_answer, case_id, purpose,"
                    + " reply_to, answered_by from interaction")) {
      while (r.next()) {
        String purpose = r.getString(7);
        byCustomer
            .computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
            .add(
                new AnswerRule.Contact(
                    r.getLong(1),
                    Direction.valueOf(r.getString(3)),
                    r.getObject(4, OffsetDateTime.class).toInstant(),
                    r.getBoolean(5),
                    null,
                    r.getObject(6, Long.class),
                    purpose == null ? null : Purpose.valueOf(purpose),
                    r.getObject(8, Long.class)));
        Long answeredBy = r.getObject(9, Long.class);
        if (answeredBy != null) {
          stored.put(r.getLong(1), answeredBy);
        }
      }
    }
    Map<Long, Long> expected = new HashMap<>();
    byCustomer.values().stream()
        .map(AnswerRule::changes)
        .forEach(m -> m.forEach((in, answer) -> expected.put(in, answer.by())));
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(stored).isEqualTo(expected);
    try (Statement s = c.createStatement()) {
      assertThat(count(s, "select count(*) from interaction where purpose = 'PROACTIVE'"))
          .as("the sample builds relationships too")
          .isPositive();
    }
  }

  @Test
  void every_sample_change_keeps_the_instants_of_its_customers_history() throws SQLException {
    try (Statement s = c.createStatement()) {
      assertThat(count(s, "select count(*) from customer_stage_change")).isGreaterThan(50);
      // The same instants as V3_50 gives the changes that existed before it.
      String earlier =
          "select max(p.changed_at) from customer_stage_change p where p.customer_id ="
              + " x.customer_id and (p.changed_at < x.changed_at or p.changed_at = x.changed_at"
              + " and p.id < x.id)";
      assertThat(
              count(
                  s,
                  "select count(*) from customer_stage_change x join customer c on c.id ="
                      + " x.customer_id where x.entered_at is distinct from coalesce(("
                      + earlier
                      + "), c.created_at) or x.to_stage_last_left_at is distinct from ("
                      + earlier
                      + " and p.from_stage = x.to_stage)"
                      + " or x.from_stage_last_moved_on_at is distinct from ("
                      + earlier
                      + " and p.from_stage = x.from_stage and case p.to_stage when 'AWARENESS'"
                      + " then 0 when 'CONSIDERATION' then 1 when 'PURCHASE' then 2 when"
                      + " 'SERVICE' then 3 else 4 end > case p.from_stage when 'AWARENESS' then"
                      + " 0 when 'CONSIDERATION' then 1 when 'PURCHASE' then 2 when 'SERVICE'"
                      + " then 3 else 4 end)"))
          .isZero();
      assertThat(
              count(
                  s,
                  "select count(*) from customer_stage_change where to_stage_last_left_at is not"
                      + " null"))
          .as("some customers went back to a stage they had left")
          .isPositive();
    }
  }

  private static long customer(Connection c, long id, Instant createdAt) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into customer (id, version, kind, name, sort_key, search_text,"
                + " relationship_type, lifecycle, consent_email, consent_survey, consent_phone,"
                + " consent_sms, customer_since, created_at, created_by, updated_at)"
                + " values (?, 1, 'PERSON', 'c', 'c', 'c', 'LONG_TERM', 'ACTIVE', false, false,"
                + " false, false, date '2026-01-01', ?, 'sample', ?)")) {
      OffsetDateTime at = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
      ps.setLong(1, id);
      ps.setObject(2, at);
      ps.setObject(3, at);
      ps.executeUpdate();
    }
    return id;
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
