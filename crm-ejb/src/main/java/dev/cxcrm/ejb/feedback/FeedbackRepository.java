package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.integer;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.isUniqueViolation;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.longOrNull;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.setLong;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.setName;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.setSmall;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The feedback feature's persistence: feedback rows and their themes, written in batches and read
 * by id, by external id and per customer newest first (keyset on {@code feedback_customer_idx}).
 * The links it checks are read through the views other features publish.
 */
@ApplicationScoped
public class FeedbackRepository {
  private static final String COLUMNS =
      "id, customer_id, kind, received_at, interaction_id, case_id, touchpoint_id, stage, channel,"
          + " agent, emotion, body, nps, csat, csat_scale, ces, ces_scale, stars, platform, link,"
          + " external_id, created_at, created_by";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject Event<FeedbackRecorded> recorded;

  /**
   * Writes the rows with their themes and tells observers (in this transaction); answers their ids
   * in the order given.
   */
  List<Long> insert(List<FeedbackDraft> rows, String actor, Instant now) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String sql =
        "insert into feedback (" + COLUMNS + ", version) values (" + Jdbc.marks(23) + ", 1)";
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = ids(c, "feedback_seq", rows.size());
      try (PreparedStatement s = c.prepareStatement(sql);
          PreparedStatement t =
              c.prepareStatement("insert into feedback_theme (feedback_id, label) values (?, ?)")) {
        for (int i = 0; i < rows.size(); i++) {
          bind(s, ids.get(i), rows.get(i), actor, now);
          s.addBatch();
          for (String theme : rows.get(i).themes()) {
            t.setLong(1, ids.get(i));
            t.setString(2, theme);
            t.addBatch();
          }
        }
        s.executeBatch();
        t.executeBatch();
      }
      recorded.fire(new FeedbackRecorded(ids, rows));
      return ids;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new Conflict(
            "Another request recorded feedback with the same external id; repeat it.");
      }
      throw new IllegalStateException("Writing feedback failed", e);
    }
  }

  private static void bind(PreparedStatement s, long id, FeedbackDraft d, String actor, Instant now)
      throws SQLException {
    int p = 1;
    s.setLong(p++, id);
    s.setLong(p++, d.customerId());
    s.setString(p++, d.kind().name());
    s.setObject(p++, time(d.receivedAt()));
    setLong(s, p++, d.interactionId());
    setLong(s, p++, d.caseId());
    setLong(s, p++, d.touchpointId());
    setName(s, p++, d.stage());
    setName(s, p++, d.channel());
    s.setString(p++, d.agent());
    setSmall(s, p++, d.emotion());
    s.setString(p++, d.text());
    Scores sc = d.scores();
    setSmall(s, p++, sc.nps());
    setSmall(s, p++, sc.csat());
    setSmall(s, p++, sc.csatScale());
    setSmall(s, p++, sc.ces());
    setSmall(s, p++, sc.cesScale());
    setSmall(s, p++, d.stars());
    s.setString(p++, d.platform());
    s.setString(p++, d.link());
    s.setString(p++, d.externalId());
    s.setObject(p++, time(now));
    s.setString(p, actor);
  }

  /** The feedback with these ids that exists, in the order given; one query for rows and themes. */
  public List<Feedback> find(Collection<Long> ids) {
    Map<Long, Feedback> byId = new HashMap<>();
    Map<Long, List<String>> themes = themes(ids);
    Jdbc.selectIn(
        dataSource,
        "select " + COLUMNS + " from feedback where id in",
        ids,
        r -> byId.put(r.getLong(1), read(r, themes)));
    return ids.stream().distinct().map(byId::get).filter(f -> f != null).toList();
  }

  private Map<Long, List<String>> themes(Collection<Long> ids) {
    Map<Long, List<String>> out = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select feedback_id, label from feedback_theme where feedback_id in",
        ids,
        r -> out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2)));
    out.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    return out;
  }

  private static Feedback read(ResultSet r, Map<Long, List<String>> themes) throws SQLException {
    long id = r.getLong(1);
    String stage = r.getString(8);
    String channel = r.getString(9);
    FeedbackDraft d =
        new FeedbackDraft(
            FeedbackKind.valueOf(r.getString(3)),
            r.getLong(2),
            instant(r.getObject(4)),
            longOrNull(r, 5),
            longOrNull(r, 6),
            longOrNull(r, 7),
            stage == null ? null : JourneyStage.valueOf(stage),
            channel == null ? null : Channel.valueOf(channel),
            r.getString(10),
            integer(r, 11),
            r.getString(12),
            themes.getOrDefault(id, List.of()),
            new Scores(
                integer(r, 13), integer(r, 14), integer(r, 15), integer(r, 16), integer(r, 17)),
            integer(r, 18),
            r.getString(19),
            r.getString(20),
            r.getString(21));
    return new Feedback(id, d, instant(r.getObject(22)), r.getString(23));
  }

  /** The ids of the feedback recorded under these external ids. */
  Map<String, Long> byExternalId(Collection<String> externalIds) {
    return Jdbc.byExternalId(dataSource, "feedback", externalIds);
  }

  /** The customer of each of these interactions (through {@code shared_interaction}). */
  Map<Long, Long> interactionCustomers(Collection<Long> ids) {
    return Jdbc.byId(
        dataSource,
        "select id, customer_id from shared_interaction where id in",
        ids,
        r -> r.getLong(2));
  }

  /** The customer of each of these cases (through {@code shared_service_case}). */
  Map<Long, Long> caseCustomers(Collection<Long> ids) {
    return Jdbc.byId(
        dataSource,
        "select id, customer_id from shared_service_case where id in",
        ids,
        r -> r.getLong(2));
  }

  /** Up to {@code limit + 1} ids of the customer's feedback before the cursor, newest first. */
  List<Long> forCustomer(long customerId, Instant beforeAt, Long beforeId, int limit) {
    return Jdbc.newestFirst(
        dataSource,
        "feedback",
        "customer_id",
        "received_at",
        customerId,
        beforeAt,
        beforeId,
        limit);
  }

  /**
   * The id of the customer's latest feedback that carries each score (nps, csat, ces), by the
   * score's column name; three seeks on the customer index.
   */
  Map<String, Long> latestWith(long customerId) {
    Map<String, Long> out = new HashMap<>();
    for (String column : List.of("nps", "csat", "ces")) {
      String sql =
          "select id from feedback where customer_id = ? and "
              + column
              + " is not null order by received_at desc, id desc limit 1";
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, customerId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            out.put(column, r.getLong(1));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading the latest scores failed", e);
      }
    }
    return out;
  }
}
