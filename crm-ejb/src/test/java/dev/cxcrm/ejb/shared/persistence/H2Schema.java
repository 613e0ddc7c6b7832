package dev.cxcrm.ejb.shared.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * In-memory H2 databases for tests, in PostgreSQL mode with the URL options the application uses
 * (microprofile-config.properties), migrated from the common and the h2 folders as the application
 * migrates them. Each name is its own database, open until the JVM ends.
 */
public final class H2Schema {
  private static final String OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private H2Schema() {}

  public static String url(String name) {
    return "jdbc:h2:mem:" + name + OPTIONS;
  }

  /** Brings the database to the newest schema. */
  public static MigrateResult migrate(String name) {
    return flyway(name, null).migrate();
  }

  /** Brings the database to {@code version} (such as "3.12"), to write rows as they were then. */
  public static MigrateResult migrate(String name, String version) {
    return flyway(name, version).migrate();
  }

  /** A connection to the database, brought to the newest schema first. */
  public static Connection migrated(String name) throws SQLException {
    migrate(name);
    return connect(name);
  }

  public static Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(url(name), "crm", "crm");
  }

  private static Flyway flyway(String name, String version) {
    var config =
        Flyway.configure()
            .dataSource(url(name), "crm", "crm")
            .locations("classpath:db/migration/common", "classpath:db/migration/h2");
    if (version != null) {
      config.target(version);
    }
    return config.load();
  }
}
