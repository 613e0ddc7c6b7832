package dev.cxcrm.ejb.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on the embedded default, H2 in PostgreSQL mode with the URL options the
 * application uses, from the common and the h2 folders ({@link H2Schema}).
 */
class MigrationsOnH2Test {
  @Test
  void all_migrations_run_on_h2_in_postgresql_mode() throws SQLException {
    MigrateResult result = H2Schema.migrate("migrations");

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
    try (Connection c = H2Schema.connect("migrations");
        Statement s = c.createStatement()) {
      assertThat(single(s, "select count(*) from customer_stage_change")).isZero();
    }
  }

  /**
   * A database of the previous release (at V3_41) takes this release's migrations in order: a new
   * migration numbered below an applied one would be refused by Flyway's validation.
   */
  @Test
  void a_database_of_the_previous_release_upgrades() {
    H2Schema.migrate("upgrade", "3.41");

    MigrateResult result = H2Schema.migrate("upgrade");

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(result.initialSchemaVersion).isEqualTo("3.41");
  }

  @Test
  void the_touchpoint_catalogue_is_seeded_and_new_ids_start_after_the_first_block()
      throws SQLException {
    try (Connection c = H2Schema.migrated("touchpoints");
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
