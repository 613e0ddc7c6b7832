package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.longOrNull;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Survey invitations as stored: made, found by a link's hash, moved along their status (each move a
 * guarded update, so two servers or two clicks never both make it), and the answers given so far.
 */
@ApplicationScoped
public class InvitationRepository {
  private static final String COLUMNS =
      "i.id, i.survey_id, i.survey_number, i.customer_id, i.channel, i.language, i.trigger_kind,"
          + " i.case_id, i.interaction_id, i.status, i.reason, i.detail, i.send_after, i.sent_at,"
          + " i.reminded_at, i.answered_at, i.expires_at, i.feedback_id, i.created_at,"
          + " i.created_by, i.send_id";

  /** Invitations that count for fatigue: those that went out or will. */
  private static final String COUNTED = " and status in ('PLANNED', 'SENT', 'ANSWERED')";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** Stores a new invitation (its id is ignored); answers its id. */
  long insert(Invitation v) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into survey_invitation (id, version, survey_id, survey_number,"
                    + " customer_id, channel, language, trigger_kind, case_id, interaction_id,"
                    + " status, reason, send_after, attempts, sent_at, expires_at, created_at,"
                    + " created_by, send_id)"
                    + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
      long id = ids(c, "survey_invitation_seq", 1).get(0);
      int p = 1;
      s.setLong(p++, id);
      s.setLong(p++, v.surveyId());
      s.setInt(p++, v.surveyNumber());
      s.setLong(p++, v.customerId());
      s.setString(p++, v.channel().name());
      s.setString(p++, v.language());
      s.setString(p++, v.trigger().name());
      Jdbc.setLong(s, p++, v.caseId());
      Jdbc.setLong(s, p++, v.interactionId());
      s.setString(p++, v.status().name());
      Jdbc.setName(s, p++, v.reason());
      s.setObject(p++, time(v.sendAfter()));
      s.setObject(p++, time(v.sentAt()));
      s.setObject(p++, time(v.expiresAt()));
      s.setObject(p++, time(v.createdAt()));
      s.setString(p++, v.createdBy());
      Jdbc.setLong(s, p, v.sendId());
      s.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Storing an invitation failed", e);
    }
  }

  /**
   * Keeps the hash of a link to the invitation (the first mail's, a reminder's, a shown link's).
   */
  void addLink(long invitationId, String tokenHash, Instant now) {
    Jdbc.update(
        dataSource,
        "insert into survey_link (token_hash, invitation_id, created_at) values (?, ?, ?)",
        List.of(tokenHash, invitationId, time(now)));
  }

  Optional<Invitation> byLink(String tokenHash) {
    return query(
            " join survey_link l on l.invitation_id = i.id where l.token_hash = ?",
            List.of(tokenHash))
        .stream()
        .findFirst();
  }

  Optional<Invitation> find(long id) {
    return query(" where i.id = ?", List.of(id)).stream().findFirst();
  }

  /** The invitation answered by this feedback (a survey answer or an interview). */
  Optional<Invitation> byFeedback(long feedbackId) {
    return query(" where i.feedback_id = ?", List.of(feedbackId)).stream().findFirst();
  }

  /** The customer's latest invitations, newest first. */
  List<Invitation> forCustomer(long customerId, int limit) {
    return query(
        " where i.customer_id = ? order by i.created_at desc, i.id desc fetch first "
            + limit
            + " rows only",
        List.of(customerId));
  }

  /** Planned invitations due to go out, earliest first. */
  List<Invitation> due(Instant now, int limit) {
    return query(
        " where i.status = 'PLANNED' and i.send_after <= ? order by i.send_after, i.id"
            + " fetch first "
            + limit
            + " rows only",
        List.of(time(now)));
  }

  /**
   * When the customer was last invited to any survey, and to this one (planned, sent or answered
   * invitations; reminders are not invitations), each null when never.
   */
  Instant[] lastInvited(long customerId, long surveyId) {
    Instant any =
        Jdbc.list(
                dataSource,
                "select max(created_at) from survey_invitation where customer_id = ?" + COUNTED,
                List.of(customerId),
                r -> instant(r.getObject(1)))
            .get(0);
    Instant here =
        Jdbc.list(
                dataSource,
                "select max(created_at) from survey_invitation where customer_id = ?"
                    + " and survey_id = ?"
                    + COUNTED,
                List.of(customerId, surveyId),
                r -> instant(r.getObject(1)))
            .get(0);
    return new Instant[] {any, here};
  }

  /**
   * Of these customers (at most a thousand), those with an invitation of {@code trigger} made since
   * {@code since}.
   */
  Set<Long> invitedSince(SurveyTrigger trigger, Collection<Long> customerIds, Instant since) {
    return invited(
        "trigger_kind = ? and created_at >= ?", List.of(trigger.name(), time(since)), customerIds);
  }

  /** Of these customers (at most a thousand), those that segment send {@code sendId} invited. */
  Set<Long> inSend(long sendId, Collection<Long> customerIds) {
    return invited("send_id = ?", List.of(sendId), customerIds);
  }

  private Set<Long> invited(String condition, List<Object> params, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Set.of();
    }
    List<Object> all = new ArrayList<>(params);
    all.addAll(customerIds);
    return new HashSet<>(
        Jdbc.list(
            dataSource,
            "select customer_id from survey_invitation where "
                + condition
                + " and customer_id in ("
                + Jdbc.marks(customerIds.size())
                + ")",
            all,
            r -> r.getLong(1)));
  }

  /**
   * Takes a planned invitation for sending, marked SENT before the mail goes out (false when
   * another server took it first): a mail is never sent twice, and a crash between the two leaves a
   * SENT invitation whose mail did not go out, never a second mail.
   */
  boolean claim(long id, Instant now) {
    return Jdbc.update(
            dataSource,
            "update survey_invitation set version = version + 1, status = 'SENT', sent_at = ?,"
                + " attempts = attempts + 1 where id = ? and status = 'PLANNED'",
            List.of(time(now), id))
        == 1;
  }

  /**
   * Sent, unanswered e-mail invitations sent before {@code sentBefore}, with no reminder yet and
   * still open at {@code now}, earliest sent first.
   */
  List<Invitation> remindable(Instant sentBefore, Instant now, int limit) {
    return query(
        " where i.status = 'SENT' and i.channel = 'EMAIL' and i.reminder is null"
            + " and i.sent_at <= ? and i.expires_at > ? order by i.sent_at, i.id fetch first "
            + limit
            + " rows only",
        List.of(time(sentBefore), time(now)));
  }

  /** Takes a sent invitation's one reminder (false when taken or answered meanwhile). */
  boolean claimReminder(long id, Instant now) {
    return Jdbc.update(
            dataSource,
            "update survey_invitation set version = version + 1, reminder = 'SENT',"
                + " reminded_at = ? where id = ? and status = 'SENT' and reminder is null",
            List.of(time(now), id))
        == 1;
  }

  /** Sets where the reminder stands: null (to try again), SENT or SKIPPED (with why). */
  void reminder(long id, String reminder, String detail) {
    Jdbc.update(
        dataSource,
        "update survey_invitation set version = version + 1, reminder = ?, reminded_at = null,"
            + " detail = coalesce(?, detail) where id = ?",
        Arrays.asList(reminder, detail, id));
  }

  void dropLink(String tokenHash) {
    Jdbc.update(dataSource, "delete from survey_link where token_hash = ?", List.of(tokenHash));
  }

  /** Gives a claimed invitation back for a later try (the mail server was unavailable). */
  void back(long id, Instant next, String detail) {
    dropLinks(id);
    Jdbc.update(
        dataSource,
        "update survey_invitation set version = version + 1, status = 'PLANNED', sent_at = null,"
            + " send_after = ?, detail = ? where id = ? and status = 'SENT'",
        List.of(time(next), detail, id));
  }

  /** Ends a claimed invitation as FAILED: the mail server refused the address. */
  void refused(long id, String detail) {
    dropLinks(id);
    Jdbc.update(
        dataSource,
        "update survey_invitation set version = version + 1, status = 'FAILED', sent_at = null,"
            + " detail = ? where id = ? and status = 'SENT'",
        List.of(detail, id));
  }

  /** The outbound interaction that the sent mail was logged as. */
  void outreach(long id, long interactionId) {
    Jdbc.update(
        dataSource,
        "update survey_invitation set outreach_id = ? where id = ?",
        List.of(interactionId, id));
  }

  /** How often the invitation's mail was tried. */
  int attempts(long id) {
    return Jdbc.list(
            dataSource,
            "select attempts from survey_invitation where id = ?",
            List.of(id),
            r -> r.getInt(1))
        .get(0);
  }

  private void dropLinks(long id) {
    Jdbc.update(dataSource, "delete from survey_link where invitation_id = ?", List.of(id));
  }

  /** Ends a planned invitation unsent: skipped for a reason, or failed with the server's answer. */
  void unsent(long id, InvitationStatus status, SkipReason reason, String detail) {
    Jdbc.update(
        dataSource,
        "update survey_invitation set version = version + 1, status = ?, reason = ?, detail = ?"
            + " where id = ? and status = 'PLANNED'",
        Arrays.asList(status.name(), reason == null ? null : reason.name(), detail, id));
  }

  /**
   * Takes the one finished answer of an open invitation: true for exactly one caller however many
   * race (the update waits on the row and the second finds it answered).
   */
  boolean claimAnswer(long id, Instant now) {
    return Jdbc.update(
            dataSource,
            "update survey_invitation set version = version + 1, status = 'ANSWERED',"
                + " answered_at = ? where id = ? and status = 'SENT' and expires_at > ?",
            List.of(time(now), id, time(now)))
        == 1;
  }

  void answeredBy(long id, long feedbackId) {
    Jdbc.update(
        dataSource,
        "update survey_invitation set feedback_id = ? where id = ?",
        List.of(feedbackId, id));
  }

  /** The answers kept so far. */
  SurveyAnswers answers(long invitationId) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Jdbc.list(
            dataSource,
            "select question, answer from survey_answer where invitation_id = ?"
                + " order by question, position",
            List.of(invitationId),
            r -> Map.entry(r.getString(1), r.getString(2)))
        .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return new SurveyAnswers(values);
  }

  /** Keeps these answers in place of those given earlier to the same questions. */
  void keep(long invitationId, SurveyAnswers given) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement del =
            c.prepareStatement(
                "delete from survey_answer where invitation_id = ? and question = ?");
        PreparedStatement ins =
            c.prepareStatement(
                "insert into survey_answer (invitation_id, question, position, answer)"
                    + " values (?, ?, ?, ?)")) {
      for (Map.Entry<String, List<String>> e : given.values().entrySet()) {
        del.setLong(1, invitationId);
        del.setString(2, e.getKey());
        del.addBatch();
        for (int i = 0; i < e.getValue().size(); i++) {
          ins.setLong(1, invitationId);
          ins.setString(2, e.getKey());
          ins.setInt(3, i);
          ins.setString(4, e.getValue().get(i));
          ins.addBatch();
        }
      }
      del.executeBatch();
      ins.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Keeping survey answers failed", e);
    }
  }

  private List<Invitation> query(String rest, List<Object> params) {
    return Jdbc.list(
        dataSource, "select " + COLUMNS + " from survey_invitation i" + rest, params, this::read);
  }

  private Invitation read(ResultSet r) throws SQLException {
    String reason = r.getString(11);
    return new Invitation(
        r.getLong(1),
        r.getLong(2),
        r.getInt(3),
        r.getLong(4),
        InvitationChannel.valueOf(r.getString(5)),
        r.getString(6),
        SurveyTrigger.valueOf(r.getString(7)),
        longOrNull(r, 8),
        longOrNull(r, 9),
        InvitationStatus.valueOf(r.getString(10)),
        reason == null ? null : SkipReason.valueOf(reason),
        r.getString(12),
        instant(r.getObject(13)),
        instant(r.getObject(14)),
        instant(r.getObject(15)),
        instant(r.getObject(16)),
        instant(r.getObject(17)),
        longOrNull(r, 18),
        longOrNull(r, 21),
        instant(r.getObject(19)),
        r.getString(20));
  }
}
