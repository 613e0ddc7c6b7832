package dev.cxcrm.web.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Makes sure the PostgreSQL database that the deployed application will use ({@code CRM_DB_URL},
 * the same environment the Payara Micro process inherits) exists before the deployment starts.
 * Creating it needs a connection to the {@code postgres} database on the same server. Any other
 * database (H2, or no URL: the application's default H2 file) needs nothing.
 */
public final class TestDatabase {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TestDatabase() {}

  public static String url() {
    return setting("CRM_DB_URL", "crm.db.url");
  }

  /**
   * Creates the database named in {@link #url()} if it is a PostgreSQL URL and the database is
   * missing.
   */
  public static void ensureExists() {
    String url = url();
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    URI uri = URI.create(url.substring("jdbc:".length()));
    String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (!NAME.matcher(database).matches()) {
      throw new IllegalStateException("Unexpected database name in CRM_DB_URL: '" + database + "'");
    }
    String admin = url.replaceFirst("(jdbc:postgresql://[^/]*/)[^?;]*", "$1postgres");
    Properties props = new Properties();
    putIfPresent(props, "user", setting("CRM_DB_USER", "crm.db.user"));
    putIfPresent(props, "password", setting("CRM_DB_PASSWORD", "crm.db.password"));
    try (Connection c = DriverManager.getConnection(admin, props)) {
      boolean exists;
      try (PreparedStatement ps =
          c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        ps.setString(1, database);
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      if (!exists) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE \"" + database + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare the test database "
              + database
              + " through "
              + admin
              + ": "
              + e.getMessage()
              + " (is PostgreSQL running on that host?)",
          e);
    }
  }

  /**
   * A connection to the database the deployed application uses, for tests that write rows of
   * features they do not drive or check that nothing was written.
   */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(),
        Objects.requireNonNullElse(System.getenv("CRM_DB_USER"), "postgres"),
        Objects.requireNonNullElse(System.getenv("CRM_DB_PASSWORD"), ""));
  }

  private static void putIfPresent(Properties props, String key, String value) {
    if (value != null && !value.isEmpty()) {
      props.setProperty(key, value);
    }
  }

  private static String setting(String env, String property) {
    String value = System.getenv(env);
    return value != null && !value.isBlank() ? value : System.getProperty(property);
  }

  /**
   * Forgets the failed sign-ins of these users and of every client address. The database outlives a
   * run: failures counted for the address the tests come from (127.0.0.1, ::1 or the host's own,
   * depending on the network) would add up over runs and lock every test out.
   */
  public static void forgetFailedSignIns(String... users) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "delete from login_throttle where subject = any (?) or subject like 'addr:%'")) {
      String[] subjects = Arrays.stream(users).map(u -> "user:" + u).toArray(String[]::new);
      s.setArray(1, c.createArrayOf("varchar", subjects));
      s.executeUpdate();
    }
  }
}
