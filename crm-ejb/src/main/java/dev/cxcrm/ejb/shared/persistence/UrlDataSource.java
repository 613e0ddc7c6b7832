package dev.cxcrm.ejb.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source chosen by its JDBC URL alone, so that one setting ({@code CRM_DB_URL}) moves the
 * same artifact from the embedded H2 file to PostgreSQL. The server's pool wraps it; it only opens
 * connections through the driver that the URL names.
 */
public class UrlDataSource implements DataSource {
  private static final Map<String, String> DRIVERS =
      Map.of("jdbc:postgresql:", "org.postgresql.Driver", "jdbc:h2:", "org.h2.Driver");

  private String url;
  private String user;
  private String password;
  private int loginTimeout;
  private PrintWriter logWriter;

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  /** The server may set the URL under its bean name {@code URL}. */
  public void setURL(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties props = new Properties();
    if (username != null && !username.isEmpty()) {
      props.setProperty("user", username);
    }
    if (pass != null && !pass.isEmpty()) {
      props.setProperty("password", pass);
    }
    if (url != null
        && url.startsWith("jdbc:postgresql:")
        && !url.contains("reWriteBatchedInserts")) {
      // Batched inserts (bulk upserts, audit rows) travel as multi-row INSERTs: about 1.5x the
      // rows/s.
      props.setProperty("reWriteBatchedInserts", "true");
    }
    Connection c = driver().connect(url, props);
    if (c == null) {
      throw new SQLException(
          "The JDBC URL is not one this application supports (PostgreSQL or H2).");
    }
    return c;
  }

  private Driver driver() throws SQLException {
    if (url == null) {
      throw new SQLException("No database URL is configured (crm.db.url / CRM_DB_URL).");
    }
    String name =
        DRIVERS.entrySet().stream()
            .filter(e -> url.startsWith(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(
                () -> new SQLException("Only jdbc:postgresql: and jdbc:h2: URLs are supported."));
    try {
      return (Driver)
          Class.forName(name, true, UrlDataSource.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new SQLException("The JDBC driver " + name + " is not available.", e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
