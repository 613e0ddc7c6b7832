package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.FollowUp;
import dev.cxcrm.domain.feedback.FollowUpCursor;
import dev.cxcrm.domain.feedback.FollowUpRule;
import dev.cxcrm.domain.feedback.FollowUpStatus;
import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Follow-ups as stored: opened in batches, read by id and as a queue earliest due first. */
@ApplicationScoped
public class FollowUpRepository {
  private static final String COLUMNS =
      "id, version, feedback_id, customer_id, assignee, due_at, status, action, outcome,"
          + " closed_at, closed_by, created_at";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** A follow-up to open: the feedback, its customer, whose it is and when it is due. */
  record Opening(long feedbackId, long customerId, String assignee, Instant dueAt) {}

  void open(List<Opening> rows, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into follow_up (id, version, feedback_id, customer_id, assignee, due_at,"
                    + " status, created_at) values (?, 1, ?, ?, ?, ?, 'OPEN', ?)")) {
      List<Long> ids = ids(c, "follow_up_seq", rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Opening o = rows.get(i);
        s.setLong(1, ids.get(i));
        s.setLong(2, o.feedbackId());
        s.setLong(3, o.customerId());
        s.setString(4, o.assignee());
        s.setObject(5, time(o.dueAt()));
        s.setObject(6, time(now));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Opening follow-ups failed", e);
    }
  }

  Optional<FollowUp> find(long id) {
    List<FollowUp> found = query("select " + COLUMNS + " from follow_up where id = ?", List.of(id));
    return found.stream().findFirst();
  }

  /** The follow-up of a piece of feedback, if it opened one. */
  Optional<FollowUp> ofFeedback(long feedbackId) {
    return query("select " + COLUMNS + " from follow_up where feedback_id = ?", List.of(feedbackId))
        .stream()
        .findFirst();
  }

  /**
   * Up to {@code limit + 1} open follow-ups of {@code assignee} (null: the managers' queue) after
   * the cursor, earliest due first, by {@code follow_up_assignee_idx}.
   */
  List<FollowUp> queue(String assignee, FollowUpCursor after, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("select " + COLUMNS + " from follow_up where status = 'OPEN' and ");
    if (assignee == null) {
      sql.append("assignee is null");
    } else {
      sql.append("assignee = ?");
      params.add(assignee);
    }
    if (after != null) {
      sql.append(" and (due_at > ? or (due_at = ? and id > ?))");
      params.add(time(after.dueAt()));
      params.add(time(after.dueAt()));
      params.add(after.id());
    }
    sql.append(" order by due_at, id limit ?");
    params.add(limit + 1);
    return query(sql.toString(), params);
  }

  /**
   * The done follow-ups of unhappy answers given from {@code start} (included) to {@code end}
   * (excluded), each with the customer's next answer to the same question: the next NPS after an
   * NPS of 0-6, else the next CSAT (one seek each on {@code feedback_customer_idx}).
   */
  List<Recovery.Case> recoveryCases(Instant start, Instant end) {
    String next =
        " from feedback n where n.customer_id = f.customer_id and n.%s is not null"
            + " and (n.received_at > f.received_at or (n.received_at = f.received_at"
            + " and n.id > f.id)) order by n.received_at, n.id limit 1)";
    String sql =
        "select f.nps, f.csat, f.csat_scale, (select n.nps"
            + next.formatted("nps")
            + ", (select n.csat"
            + next.formatted("csat")
            + ", (select n.csat_scale"
            + next.formatted("csat")
            + " from follow_up u join feedback f on f.id = u.feedback_id"
            + " where u.status = 'DONE' and f.received_at >= ? and f.received_at < ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, time(start));
      s.setObject(2, time(end));
      List<Recovery.Case> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Integer nps = Jdbc.integer(r, 1);
          if (nps != null && nps <= FollowUpRule.NPS_DETRACTOR_MAX) {
            out.add(
                new Recovery.Case(
                    nps, Scores.NPS_MIN, Scores.NPS_MAX, Jdbc.integer(r, 4), Scores.NPS_MAX));
          } else {
            out.add(
                new Recovery.Case(
                    r.getInt(2), 1, r.getInt(3), Jdbc.integer(r, 5), Jdbc.integer(r, 6)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the recovery rate failed", e);
    }
  }

  /** Closes the follow-up read in {@code version}; false when someone changed it first. */
  boolean close(long id, int version, String action, String outcome, String by, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update follow_up set status = 'DONE', action = ?, outcome = ?, closed_by = ?,"
                    + " closed_at = ?, version = version + 1 where id = ? and version = ?"
                    + " and status = 'OPEN'")) {
      s.setString(1, action);
      s.setString(2, outcome);
      s.setString(3, by);
      s.setObject(4, time(at));
      s.setLong(5, id);
      s.setInt(6, version);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Closing a follow-up failed", e);
    }
  }

  private List<FollowUp> query(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Jdbc.bindAll(s, 1, params);
      List<FollowUp> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new FollowUp(
                  r.getLong(1),
                  r.getInt(2),
                  r.getLong(3),
                  r.getLong(4),
                  r.getString(5),
                  instant(r.getObject(6)),
                  FollowUpStatus.valueOf(r.getString(7)),
                  r.getString(8),
                  r.getString(9),
                  instant(r.getObject(10)),
                  r.getString(11),
                  instant(r.getObject(12))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading follow-ups failed", e);
    }
  }
}
