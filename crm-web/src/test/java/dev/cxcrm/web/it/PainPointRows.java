package dev.cxcrm.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Rows the emotion map and the pain points read but whose own APIs are not part of this build
 * (touchpoints, interactions, cases), written straight into the test database with JDBC. Ids come
 * from the tables' sequences: a value taken with nextval is never handed out to EclipseLink, which
 * reads nextval as the last id of its own block.
 */
final class PainPointRows implements AutoCloseable {
  private final Connection c;

  private PainPointRows(Connection c) {
    this.c = c;
  }

  static PainPointRows open() throws SQLException {
    return new PainPointRows(TestDatabase.connect());
  }

  long touchpoint(String stage, String channel, String nameJa, String nameEn) throws SQLException {
    long id = next("touchpoint_seq");
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into touchpoint (id, version, name_ja, name_en, stage, channel, active,"
                + " created_at, updated_at) values (?, 1, ?, ?, ?, ?, true, now(), now())")) {
      s.setLong(1, id);
      s.setString(2, nameJa);
      s.setString(3, nameEn);
      s.setString(4, stage);
      s.setString(5, channel);
      s.executeUpdate();
    }
    return id;
  }

  /** An inbound interaction; {@code touchpointId} and {@code emotion} may be null. */
  long interaction(
      long customerId, Long touchpointId, String stage, String channel, Instant at, Integer emotion)
      throws SQLException {
    long id = next("interaction_seq");
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
                + " touchpoint_id, stage, emotion, awaits_answer, created_at, created_by)"
                + " values (?, 1, ?, ?, 'INBOUND', ?, ?, ?, ?, false, now(), 'it')")) {
      s.setLong(1, id);
      s.setLong(2, customerId);
      s.setString(3, channel);
      s.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      if (touchpointId == null) {
        s.setNull(5, Types.BIGINT);
      } else {
        s.setLong(5, touchpointId);
      }
      s.setString(6, stage);
      if (emotion == null) {
        s.setNull(7, Types.SMALLINT);
      } else {
        s.setInt(7, emotion);
      }
      s.executeUpdate();
    }
    return id;
  }

  long serviceCase(long customerId, String subject) throws SQLException {
    long id = next("service_case_seq");
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into service_case (id, version, customer_id, type, priority, subject, status,"
                + " reopen_count, opened_at, opened_by) values (?, 1, ?, 'COMPLAINT', 'NORMAL', ?,"
                + " 'OPEN', 0, now(), 'it')")) {
      s.setLong(1, id);
      s.setLong(2, customerId);
      s.setString(3, subject);
      s.executeUpdate();
    }
    return id;
  }

  long count(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private long next(String sequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
