package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.domain.security.PasswordRules;
import dev.cxcrm.domain.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the account {@code admin} on the very first start, so that someone can sign in and create
 * the others. The password comes from {@code crm.admin.password} (CRM_ADMIN_PASSWORD); without one,
 * a strong password is generated and printed once. An existing admin is never touched or printed
 * again.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdmin {
  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject UserRepository users;
  @Resource UserTransaction tx;
  @Inject PasswordHashing hashing;

  /**
   * Optional: MicroProfile Config treats an empty value as missing, and a String injection would
   * fail.
   */
  @Inject
  @ConfigProperty(name = "crm.admin.password")
  Optional<String> configuredPassword;

  @PostConstruct
  void createIfMissing() {
    if (users.find(USERNAME).isPresent()) {
      return;
    }
    Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
    boolean generated = configured.isEmpty();
    String password = configured.orElseGet(FirstAdmin::generatePassword);
    if (!generated && password.length() < PasswordRules.MIN_LENGTH) {
      throw new IllegalStateException(
          "crm.admin.password (CRM_ADMIN_PASSWORD) must have at least "
              + PasswordRules.MIN_LENGTH
              + " characters; the admin account was not created.");
    }
    try {
      tx.begin();
      users.add(
          new AppUser(
              USERNAME, "Administrator", hashing.hash(password), Role.ADMIN, Instant.now()));
      tx.commit();
    } catch (Exception e) {
      // Another server created it first (same primary key): that one reports it.
      LOG.log(Level.INFO, "The admin account was not created here; another server probably did.");
      rollbackQuietly();
      return;
    }
    if (generated) {
      // Printed only now, after the commit: the one moment the password exists in clear.
      LOG.warning(
          "\n*****************************************************************\n"
              + "* First start: created the user 'admin' with the password\n"
              + "*     "
              + password
              + "\n"
              + "* Sign in and set your own on the users page. It is not shown again.\n"
              + "* (Set CRM_ADMIN_PASSWORD before the first start to choose it.)\n"
              + "*****************************************************************");
    } else {
      LOG.info("First start: created the user 'admin' with the password from crm.admin.password.");
    }
  }

  private static String generatePassword() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private void rollbackQuietly() {
    try {
      tx.rollback();
    } catch (Exception ignored) {
      // No transaction was left open.
    }
  }
}
