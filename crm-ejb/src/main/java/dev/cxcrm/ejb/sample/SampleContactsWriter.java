package dev.cxcrm.ejb.sample;

import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.journey.StageTrail;
import dev.cxcrm.ejb.interaction.FirstInboundChannel;
import dev.cxcrm.ejb.sample.SampleContacts.Case;
import dev.cxcrm.ejb.sample.SampleContacts.Contact;
import dev.cxcrm.ejb.sample.SampleContacts.History;
import dev.cxcrm.ejb.sample.SampleContacts.PainPoint;
import dev.cxcrm.ejb.sample.SampleContacts.Sample;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@link SampleContacts} as JDBC batches in the caller's transaction. Ids come from the
 * sequences in blocks of 50 exactly as EclipseLink takes them (nextval is the last id of a block),
 * so the application's later inserts never collide with the sample's.
 */
final class SampleContactsWriter {
  private static final String BY = "sample";

  private final Connection c;

  SampleContactsWriter(Connection c) throws SQLException {
    this.c = c;
  }

  /** Writes the sample for the customers with these ids (in the generator's order). */
  void write(Sample s, List<Long> customerIds, Instant now) throws SQLException {
    List<StageChange> moves = new ArrayList<>();
    for (History h : s.histories()) {
      if (!h.moves().isEmpty()) {
        StageTrail trail =
            StageTrail.of(customerIds.get(h.moves().get(0).customer()), h.createdAt());
        h.moves().forEach(m -> moves.add(trail.move(m.from(), m.to(), m.at(), BY)));
      }
    }
    List<Long> moveIds = Jdbc.ids(c, "stage_change_seq", moves.size());
    batch(
        "insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at,"
            + " changed_by, entered_at, to_stage_last_left_at, from_stage_last_moved_on_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        moves,
        (p, m, i) -> {
          p.setLong(1, moveIds.get(i));
          p.setLong(2, m.customerId());
          p.setString(3, m.fromStage().name());
          p.setString(4, m.toStage().name());
          p.setObject(5, Jdbc.time(m.changedAt()));
          p.setString(6, m.changedBy());
          p.setObject(7, Jdbc.time(m.enteredAt()));
          p.setObject(8, Jdbc.time(m.toStageLastLeftAt()));
          p.setObject(9, Jdbc.time(m.fromStageLastMovedOnAt()));
        });
    List<Case> cases = s.cases();
    List<Long> caseIds = Jdbc.ids(c, "service_case_seq", cases.size());
    batch(
        "insert into service_case (id, version, customer_id, type, priority, subject, owner,"
            + " status, root_cause_id, resolution, reopen_count, first_contact_resolution,"
            + " opened_at, opened_by, resolved_at, resolved_by)"
            + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        cases,
        (p, k, i) -> {
          int n = 1;
          p.setLong(n++, caseIds.get(i));
          p.setLong(n++, customerIds.get(k.customer()));
          p.setString(n++, k.type());
          p.setString(n++, k.priority());
          p.setString(n++, k.subject());
          p.setString(n++, k.owner());
          p.setString(n++, k.status());
          setLong(p, n++, k.rootCauseId());
          p.setString(n++, k.resolution());
          p.setInt(n++, k.reopenCount());
          if (k.firstContactResolution() == null) {
            p.setNull(n++, Types.BOOLEAN);
          } else {
            p.setBoolean(n++, k.firstContactResolution());
          }
          p.setObject(n++, Jdbc.time(k.openedAt()));
          p.setString(n++, k.openedBy());
          p.setObject(n++, Jdbc.time(k.resolvedAt()));
          p.setString(n, k.resolvedBy());
        });
    List<Contact> contacts = s.contacts();
    List<Long> ids = Jdbc.ids(c, "interaction_seq", contacts.size());
    batch(
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " touchpoint_id, stage, agent, subject, summary, outcome, emotion, awaits_answer,"
            + " due_at, reply_to, purpose, case_id, created_at, created_by)"
            + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contacts,
        (p, x, i) -> {
          int n = 1;
          p.setLong(n++, ids.get(i));
          p.setLong(n++, customerIds.get(x.customer()));
          p.setString(n++, x.channel().name());
          p.setString(n++, x.inbound() ? "INBOUND" : "OUTBOUND");
          p.setObject(n++, Jdbc.time(x.occurredAt()));
          p.setLong(n++, x.touchpointId());
          p.setString(n++, x.stage().name());
          p.setString(n++, x.agent());
          p.setString(n++, x.subject());
          p.setString(n++, x.summary());
          p.setString(n++, x.outcome());
          p.setShort(n++, (short) x.emotion());
          p.setBoolean(n++, x.awaitsAnswer());
          p.setObject(n++, Jdbc.time(x.dueAt()));
          setLong(p, n++, x.replyTo() < 0 ? null : ids.get(x.replyTo()));
          // The sample's replies name what they answer; its other outbound contacts are proactive.
          p.setString(n++, x.inbound() ? null : x.replyTo() < 0 ? "PROACTIVE" : "REACTIVE");
          setLong(p, n++, x.caseIndex() < 0 ? null : caseIds.get(x.caseIndex()));
          p.setObject(n++, Jdbc.time(x.occurredAt()));
          p.setString(n, BY);
        });
    if (!caseIds.isEmpty()) {
      try (PreparedStatement p = c.prepareStatement(FirstInboundChannel.refresh(caseIds.size()))) {
        for (int i = 0; i < caseIds.size(); i++) {
          p.setLong(i + 1, caseIds.get(i));
        }
        p.executeUpdate();
      }
    }
    // Answers refer to later rows, so they are set once all rows exist.
    try (PreparedStatement p =
        c.prepareStatement(
            "update interaction set answered_by = ?, answered_at = ? where id = ?")) {
      for (int i = 0; i < contacts.size(); i++) {
        Contact x = contacts.get(i);
        if (x.answeredBy() >= 0) {
          p.setLong(1, ids.get(x.answeredBy()));
          p.setObject(2, Jdbc.time(x.answeredAt()));
          p.setLong(3, ids.get(i));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    List<PainPoint> points = s.painPoints();
    List<Long> pointIds = Jdbc.ids(c, "pain_point_seq", points.size());
    try (PreparedStatement p =
            c.prepareStatement(
                "insert into pain_point (id, version, touchpoint_id, title, description, severity,"
                    + " affected_count, affected_customers, score, status, created_at, created_by,"
                    + " updated_at, updated_by) values (?, 1, ?, ?, ?, ?, 0, ?, ?, 'OPEN', ?, ?, ?, ?)");
        PreparedStatement who =
            c.prepareStatement(
                "insert into pain_point_customer (pain_point_id, customer_id) values (?, ?)");
        PreparedStatement which =
            c.prepareStatement(
                "insert into pain_point_case (pain_point_id, case_id) values (?, ?)")) {
      for (int i = 0; i < points.size(); i++) {
        PainPoint pp = points.get(i);
        int n = 1;
        p.setLong(n++, pointIds.get(i));
        p.setLong(n++, pp.touchpointId());
        p.setString(n++, pp.title());
        p.setString(n++, pp.description());
        p.setInt(n++, pp.severity());
        p.setLong(n++, pp.customers().size());
        p.setLong(n++, (long) pp.customers().size() * pp.severity());
        p.setObject(n++, Jdbc.time(now));
        p.setString(n++, BY);
        p.setObject(n++, Jdbc.time(now));
        p.setString(n, BY);
        p.addBatch();
        for (int k : pp.customers()) {
          who.setLong(1, pointIds.get(i));
          who.setLong(2, customerIds.get(k));
          who.addBatch();
        }
        for (int k : pp.cases()) {
          which.setLong(1, pointIds.get(i));
          which.setLong(2, caseIds.get(k));
          which.addBatch();
        }
      }
      p.executeBatch();
      who.executeBatch();
      which.executeBatch();
    }
  }

  /**
   * Inserts the rows as one batch: the statement, loop and batch are the same for every table the
   * sample fills, only the binding of a row differs.
   */
  <T> void batch(String sql, List<T> rows, Binding<T> binding) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < rows.size(); i++) {
        binding.bind(p, rows.get(i), i);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Sets the parameters of one row; {@code i} is its position, which picks its id. */
  @FunctionalInterface
  interface Binding<T> {
    void bind(PreparedStatement p, T row, int i) throws SQLException;
  }

  private static void setLong(PreparedStatement p, int n, Long v) throws SQLException {
    if (v == null) {
      p.setNull(n, Types.BIGINT);
    } else {
      p.setLong(n, v);
    }
  }
}
