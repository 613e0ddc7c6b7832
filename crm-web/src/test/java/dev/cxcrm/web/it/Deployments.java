package dev.cxcrm.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives that integration tests deploy. */
public final class Deployments {
  private Deployments() {}

  /**
   * The fat WAR exactly as {@code package} built it (crm-web/target/crm.war, passed by failsafe as
   * the system property {@code crm.war}), so the tests exercise the artifact that ships. The
   * archive keeps the name {@code crm.war}; arquillian.xml deploys it at "/". The PostgreSQL
   * database that {@code CRM_DB_URL} names is created first if it is missing.
   */
  public static WebArchive war() {
    String path = System.getProperty("crm.war");
    if (path == null || path.isBlank()) {
      throw new IllegalStateException(
          "System property crm.war is not set: run the tests through Maven (failsafe).");
    }
    File file = new File(path);
    if (!file.isFile()) {
      throw new IllegalStateException(
          "No WAR at " + file + ": run 'package' first (./mvnw verify does).");
    }
    TestDatabase.ensureExists();
    return ShrinkWrap.createFromZipFile(WebArchive.class, file);
  }
}
