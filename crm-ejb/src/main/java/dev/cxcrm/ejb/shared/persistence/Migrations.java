package dev.cxcrm.ejb.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Runs on every start of
 * every server; Flyway's lock in the database makes concurrent starts safe.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/crm",
    className = "dev.cxcrm.ejb.shared.persistence.UrlDataSource",
    url = "${MPCONFIG=crm.db.url}",
    user = "${MPCONFIG=crm.db.user}",
    password = "${MPCONFIG=crm.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "url=${MPCONFIG=crm.db.url}",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema ("
                + vendor
                + ") at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migrations applied now.");
  }

  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      return Jdbc.isPostgres(c) ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }
}
