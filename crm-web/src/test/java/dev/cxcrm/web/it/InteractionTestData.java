package dev.cxcrm.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows the interaction tests need from features that are not theirs to drive (touchpoints, stage
 * changes, cases, an agent user), written straight into the test database, and the database reads
 * that prove nothing was written.
 */
final class InteractionTestData {
  private InteractionTestData() {}

  static long touchpoint(String name, String stage, String channel, boolean active)
      throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id = nextval(c, "touchpoint_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into touchpoint (id, version, name_ja, name_en, stage, channel, active,"
                  + " created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, now(), now())")) {
        s.setLong(1, id);
        s.setString(2, name);
        s.setString(3, name);
        s.setString(4, stage);
        s.setString(5, channel);
        s.setBoolean(6, active);
        s.executeUpdate();
      }
      return id;
    }
  }

  /**
   * A stage change written at any time, as the customer's first one (its stay began when the
   * customer was created).
   */
  static long stageChange(long customerId, String from, String to, Instant at) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id = nextval(c, "stage_change_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into customer_stage_change (id, customer_id, from_stage, to_stage,"
                  + " changed_at, changed_by, entered_at) values (?, ?, ?, ?, ?, 'admin',"
                  + " (select created_at from customer where id = ?))")) {
        s.setLong(1, id);
        s.setLong(2, customerId);
        s.setString(3, from);
        s.setString(4, to);
        s.setObject(5, at.atOffset(ZoneOffset.UTC));
        s.setLong(6, customerId);
        s.executeUpdate();
      }
      return id;
    }
  }

  static long openCase(long customerId, String subject, Instant at) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id = nextval(c, "service_case_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into service_case (id, version, customer_id, type, priority, subject, status,"
                  + " reopen_count, opened_at, opened_by) values (?, 1, ?, 'QUESTION', 'NORMAL', ?,"
                  + " 'OPEN', 0, ?, 'admin')")) {
        s.setLong(1, id);
        s.setLong(2, customerId);
        s.setString(3, subject);
        s.setObject(4, at.atOffset(ZoneOffset.UTC));
        s.executeUpdate();
      }
      return id;
    }
  }

  /** An AGENT user who signs in with the admin's password (its hash is copied). */
  static void agentUser(String username, String displayName) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into app_user (username, version, display_name, password_hash, role,"
                    + " enabled, locale, created_at, password_changed_at)"
                    + " select ?, 1, ?, password_hash, 'AGENT', true, 'ja', now(), now()"
                    + " from app_user where username = 'admin'")) {
      s.setString(1, username);
      s.setString(2, displayName);
      s.executeUpdate();
    }
  }

  /** The ids of the follow-ups a piece of feedback opened (at most one, by the schema). */
  static List<Long> followUpsOf(long feedbackId) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("select id from follow_up where feedback_id = ?")) {
      s.setLong(1, feedbackId);
      List<Long> ids = new java.util.ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    }
  }

  static int interactionsWithExternalId(String externalId) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("select count(*) from interaction where external_id = ?")) {
      s.setString(1, externalId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static long nextval(Connection c, String sequence) throws SQLException {
    // The value ends a block of 50 that this call took from the sequence: nobody else gets it.
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select nextval('" + sequence + "')")) {
      r.next();
      return r.getLong(1);
    }
  }
}
