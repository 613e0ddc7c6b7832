package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.longOrNull;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Segment sends as stored, and their invitations counted by status and skip reason. */
@ApplicationScoped
public class SurveySendRepository {
  private static final String COLUMNS =
      "select id, survey_id, segment, total, execution_id, created_at, created_by from survey_send";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  long insert(long surveyId, String segment, long total, String actor, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      long id = ids(c, "survey_send_seq", 1).get(0);
      Jdbc.update(
          dataSource,
          "insert into survey_send (id, survey_id, segment, total, created_at, created_by)"
              + " values (?, ?, ?, ?, ?, ?)",
          List.of(id, surveyId, segment, total, time(now), actor));
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Storing a segment send failed", e);
    }
  }

  void started(long id, long executionId) {
    Jdbc.update(
        dataSource,
        "update survey_send set execution_id = ? where id = ?",
        List.of(executionId, id));
  }

  Optional<SurveySend> find(long id) {
    return Jdbc.list(dataSource, COLUMNS + " where id = ?", List.of(id), SurveySendRepository::read)
        .stream()
        .findFirst();
  }

  /** The latest sends, newest first. */
  List<SurveySend> latest(int limit) {
    return Jdbc.list(
        dataSource,
        COLUMNS + " order by created_at desc, id desc fetch first " + limit + " rows only",
        List.of(),
        SurveySendRepository::read);
  }

  Map<InvitationStatus, Long> byStatus(long sendId) {
    Map<InvitationStatus, Long> out = new EnumMap<>(InvitationStatus.class);
    Jdbc.list(
            dataSource,
            "select status, count(*) from survey_invitation where send_id = ? group by status",
            List.of(sendId),
            r -> Map.entry(InvitationStatus.valueOf(r.getString(1)), r.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  Map<SkipReason, Long> skipped(long sendId) {
    Map<SkipReason, Long> out = new EnumMap<>(SkipReason.class);
    Jdbc.list(
            dataSource,
            "select reason, count(*) from survey_invitation where send_id = ?"
                + " and status = 'SKIPPED' group by reason",
            List.of(sendId),
            r -> Map.entry(SkipReason.valueOf(r.getString(1)), r.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static SurveySend read(java.sql.ResultSet r) throws SQLException {
    return new SurveySend(
        r.getLong(1),
        r.getLong(2),
        r.getString(3),
        r.getLong(4),
        longOrNull(r, 5),
        instant(r.getObject(6)),
        r.getString(7));
  }
}
