package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.bindAll;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.isUniqueViolation;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.marks;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.setLong;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.interaction.AnswerRule;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The interactions in the database: the lookups a request needs by id or external id, in one query
 * per kind for the whole request, and the writes of new interactions and answers as JDBC batches.
 * Facts of other features (customers, touchpoints, users) come from their query classes. Runs in
 * the caller's transaction (the container hands out the transaction's connection).
 */
@ApplicationScoped
public class InteractionRepository {
  private static final int CHUNK = 1000;

  @Inject Event<ContactsChanged> contactsChanged;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** An interaction another one refers to in replyTo. */
  record ReplyTarget(long id, long customerId, Direction direction, Instant occurredAt) {}

  /** The customer of each case. */
  Map<Long, Long> caseCustomers(Collection<Long> ids) {
    Map<Long, long[]> rows =
        Jdbc.byId(
            dataSource,
            "select id, customer_id from service_case where id in",
            ids,
            r -> new long[] {r.getLong(1), r.getLong(2)});
    Map<Long, Long> out = new HashMap<>();
    rows.forEach((k, v) -> out.put(k, v[1]));
    return out;
  }

  Map<Long, ReplyTarget> replyTargets(Collection<Long> ids) {
    return Jdbc.byId(
        dataSource,
        "select id, customer_id, direction, occurred_at from interaction where id in",
        ids,
        r ->
            new ReplyTarget(
                r.getLong(1),
                r.getLong(2),
                Direction.valueOf(r.getString(3)),
                instant(r.getObject(4))));
  }

  /** The id of each interaction that carries one of these external ids. */
  Map<String, Long> byExternalId(Collection<String> externalIds) {
    Map<String, Long> found = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select external_id, id from interaction where external_id in",
        externalIds,
        r -> {
          found.put(r.getString(1), r.getLong(2));
          return null;
        });
    return found;
  }

  /** Writes the interactions in one batch and returns their ids, in order. */
  List<Long> insert(List<NewInteraction> rows, String actor, Instant now) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String sql =
        "insert into interaction (id, version, customer_id, contact_name, channel, direction,"
            + " occurred_at, touchpoint_id, stage, agent, subject, summary, outcome, emotion,"
            + " awaits_answer, due_at, reply_to, purpose, case_id, external_id, created_at,"
            + " created_by) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?)";
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = ids(c, "interaction_seq", rows.size());
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < rows.size(); i++) {
          NewInteraction n = rows.get(i);
          InteractionDraft d = n.draft();
          int p = 1;
          s.setLong(p++, ids.get(i));
          s.setLong(p++, d.customerId());
          s.setString(p++, d.contactName());
          s.setString(p++, d.channel().name());
          s.setString(p++, d.direction().name());
          s.setObject(p++, time(d.occurredAt()));
          setLong(s, p++, d.touchpointId());
          s.setString(p++, n.stage() == null ? null : n.stage().name());
          s.setString(p++, d.agent());
          s.setString(p++, d.subject());
          s.setString(p++, d.summary());
          s.setString(p++, d.outcome());
          if (d.emotion() == null) {
            s.setNull(p++, Types.SMALLINT);
          } else {
            s.setShort(p++, d.emotion().shortValue());
          }
          s.setBoolean(p++, d.awaitsAnswer());
          s.setObject(p++, time(n.dueAt()));
          setLong(s, p++, d.replyTo());
          s.setString(p++, d.purpose() == null ? null : d.purpose().name());
          setLong(s, p++, d.caseId());
          s.setString(p++, d.externalId());
          s.setObject(p++, time(now));
          s.setString(p, actor);
          s.addBatch();
        }
        s.executeBatch();
      }
      List<Long> caseIds =
          rows.stream().map(n -> n.draft().caseId()).filter(Objects::nonNull).distinct().toList();
      if (!caseIds.isEmpty()) {
        try (PreparedStatement s =
            c.prepareStatement(FirstInboundChannel.refresh(caseIds.size()))) {
          Jdbc.bindAll(s, 1, caseIds);
          s.executeUpdate();
        }
      }
      return ids;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        // The external ids were looked up before; a clash means a concurrent push of the same one.
        throw new Conflict(
            "Another request logged the same external id at the same time; repeat it.");
      }
      throw new IllegalStateException("Writing interactions failed", e);
    }
  }

  /**
   * The contacts of these customers that the {@link AnswerRule} must see besides the new ones:
   * inbound contacts awaiting an answer that a reply at or before {@code latest} could answer
   * earlier than now (unanswered, or answered after {@code earliest}); read through the partial
   * index of contacts that await an answer.
   */
  Map<Long, List<AnswerRule.Contact>> inboundCandidates(
      Collection<Long> customerIds, Instant earliest, Instant latest) {
    Map<Long, List<AnswerRule.Contact>> out = new HashMap<>();
    List<Long> ids = List.copyOf(customerIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql =
          "select customer_id, id, occurred_at, answered_by, answered_at, case_id from interaction"
              + " where customer_id in ("
              + marks(chunk.size())
              + ") and awaits_answer = true and occurred_at <= ?"
              + " and (answered_at is null or answered_at > ?)";
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        int p = bindAll(s, 1, chunk);
        s.setObject(p++, time(latest));
        s.setObject(p, time(earliest));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            long answeredBy = r.getLong(4);
            AnswerRule.Answer current =
                r.wasNull() ? null : new AnswerRule.Answer(answeredBy, instant(r.getObject(5)));
            out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(
                    AnswerRule.Contact.inbound(
                        r.getLong(2),
                        instant(r.getObject(3)),
                        r.getObject(6, Long.class),
                        current));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading open contacts failed", e);
      }
    }
    return out;
  }

  /**
   * The customer's earliest reactive outbound contact at or after {@code from} that names nothing
   * and may answer a contact of case {@code caseId} (null: of no case), if any. A stored reply that
   * names a contact never names a new one, so only these can answer new inbound contacts.
   */
  Optional<AnswerRule.Contact> firstReplyFrom(long customerId, Long caseId, Instant from) {
    String sql =
        "select id, occurred_at, case_id from interaction where customer_id = ?"
            + " and occurred_at >= ? and direction = 'OUTBOUND' and purpose = 'REACTIVE'"
            + " and reply_to is null and (case_id is null"
            + (caseId == null ? ")" : " or case_id = ?)")
            + " order by occurred_at, id limit 1";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, customerId);
      s.setObject(2, time(from));
      if (caseId != null) {
        s.setLong(3, caseId);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                AnswerRule.Contact.reply(
                    r.getLong(1), instant(r.getObject(2)), r.getObject(3, Long.class), null))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading outbound contacts failed", e);
    }
  }

  /**
   * The {@link AnswerRule} in SQL, for inbound contact {@code i}: the earliest reactive outbound
   * contact of its customer at or after it that names it, or names none and belongs to no case or
   * to its case. V3_62 settled the stored answers with the same query.
   */
  private static final String FIRST_REPLY =
      "select o.id from interaction o where o.customer_id = i.customer_id"
          + " and o.direction = 'OUTBOUND' and o.purpose = 'REACTIVE'"
          + " and o.occurred_at >= i.occurred_at and (o.reply_to = i.id or (o.reply_to is null"
          + " and (o.case_id is null or o.case_id = i.case_id)))"
          + " order by o.occurred_at, o.id fetch first 1 rows only";

  private static final String ANSWER_TIME =
      "select o.occurred_at from interaction o where o.id = i.answered_by";

  /**
   * Settles every answer of the customer's inbound contacts from scratch: after contacts moved into
   * or out of a case, a reply may no longer answer what it did, or answer more. Rows whose answer
   * changes get a new version; the contacts' metrics follow ({@link ContactsChanged}).
   */
  void resettle(long customerId) {
    String answeredBy =
        "update interaction i set answered_by = (%s), version = version + 1".formatted(FIRST_REPLY)
            + " where i.customer_id = ? and i.awaits_answer = true"
            + " and i.answered_by is distinct from (%s)".formatted(FIRST_REPLY);
    String answeredAt =
        "update interaction i set answered_at = (%s)".formatted(ANSWER_TIME)
            + " where i.customer_id = ? and i.awaits_answer = true"
            + " and i.answered_at is distinct from (%s)".formatted(ANSWER_TIME);
    try (Connection c = dataSource.getConnection()) {
      for (String sql : List.of(answeredBy, answeredAt)) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setLong(1, customerId);
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Settling answers failed", e);
    }
    contactsChanged.fire(ContactsChanged.ofCustomers(List.of(customerId)));
  }

  /** Records the answers in one batch. */
  void answer(Map<Long, AnswerRule.Answer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    String sql =
        "update interaction set answered_by = ?, answered_at = ?, version = version + 1 where id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (var e : answers.entrySet()) {
        s.setLong(1, e.getValue().by());
        s.setObject(2, time(e.getValue().at()));
        s.setLong(3, e.getKey());
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Recording answers failed", e);
    }
  }
}
