package dev.cxcrm.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Rows the case tests need that no endpoint of this branch writes: interactions (the interactions
 * feature owns their API) and users who only own cases (no one signs in as them). Written straight
 * into the test database that the deployed application uses ({@link TestDatabase#url()}).
 */
final class CaseTestData {
  private CaseTestData() {}

  /**
   * A contact of the customer on {@code channel}, {@code INBOUND} or {@code OUTBOUND}, at {@code
   * at}; its id (taken from the interaction sequence, a block EclipseLink never hands out).
   */
  static long interaction(long customerId, String channel, String direction, Instant at)
      throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id;
      try (PreparedStatement s = c.prepareStatement("select nextval('interaction_seq')");
          ResultSet r = s.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
                  + " subject, awaits_answer, created_at, created_by, purpose)"
                  + " values (?, 1, ?, ?, ?, ?, ?, false, ?, 'case-test', ?)")) {
        s.setLong(1, id);
        s.setLong(2, customerId);
        s.setString(3, channel);
        s.setString(4, direction);
        s.setTimestamp(5, Timestamp.from(at));
        s.setString(6, ("INBOUND".equals(direction) ? "問い合わせ " : "回答 ") + channel);
        s.setTimestamp(7, Timestamp.from(Instant.now()));
        s.setString(8, "INBOUND".equals(direction) ? null : "REACTIVE");
        s.executeUpdate();
      }
      return id;
    }
  }

  /** The case an interaction is in now, or null. */
  static Long caseOf(long interactionId) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("select case_id from interaction where id = ?")) {
      s.setLong(1, interactionId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long v = r.getLong(1);
        return r.wasNull() ? null : v;
      }
    }
  }

  /** The channel kept on the case for the rates (its first inbound interaction's), or null. */
  static String firstInboundChannel(String caseLocation) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("select first_inbound_channel from service_case where id = ?")) {
      s.setLong(1, Long.parseLong(caseLocation.substring(caseLocation.lastIndexOf('/') + 1)));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** A user who can own cases but not sign in (disabled; its password hash matches no password). */
  static String owner(String username, String displayName) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into app_user (username, version, display_name, password_hash, role,"
                    + " enabled, locale, created_at, password_changed_at)"
                    + " values (?, 1, ?, '-', 'AGENT', false, 'ja', now(), now())")) {
      s.setString(1, username);
      s.setString(2, displayName);
      s.executeUpdate();
    }
    return username;
  }
}
