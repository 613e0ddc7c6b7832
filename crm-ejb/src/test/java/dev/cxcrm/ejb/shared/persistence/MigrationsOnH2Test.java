package dev.cxcrm.ejb.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on the embedded default, H2 in PostgreSQL mode with the URL options the
 * application uses (microprofile-config.properties), from the common and the h2 folders.
 */
class MigrationsOnH2Test {
  static final String OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /** A fresh in-memory database brought to the newest schema, open until the last connection. */
  static String migratedDatabase(String name) {
    String url = "jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "crm", "crm")
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    return url;
  }

  @Test
  void all_migrations_run_on_h2_in_postgresql_mode() throws SQLException {
    String url = "jdbc:h2:mem:migrations" + OPTIONS + ";DB_CLOSE_DELAY=-1";
    MigrateResult result =
        Flyway.configure()
            .dataSource(url, "crm", "crm")
            .locations("classpath:db/migration/common", "classpath:db/migration/h2")
            .load()
            .migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
    try (Connection c = DriverManager.getConnection(url, "crm", "crm");
        Statement s = c.createStatement()) {
      assertThat(single(s, "select count(*) from customer_stage_change")).isZero();
    }
  }

  @Test
  void the_touchpoint_catalogue_is_seeded_and_new_ids_start_after_the_first_block()
      throws SQLException {
    String url = migratedDatabase("touchpoints");
    try (Connection c = DriverManager.getConnection(url, "crm", "crm");
        Statement s = c.createStatement()) {
      assertThat(single(s, "select count(*) from touchpoint where active")).isEqualTo(16);
      for (String stage :
          new String[] {"AWARENESS", "CONSIDERATION", "PURCHASE", "SERVICE", "ADVOCACY"}) {
        assertThat(single(s, "select count(*) from touchpoint where stage = '" + stage + "'"))
            .as(stage)
            .isGreaterThanOrEqualTo(3);
      }
      assertThat(single(s, "select count(*) from touchpoint where name_ja = '' or name_en = ''"))
          .isZero();
      // EclipseLink reads the next value as the last id of a block of 50: 100 means 51..100.
      assertThat(single(s, "select nextval('touchpoint_seq')")).isEqualTo(100);
    }
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
