package dev.cxcrm.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256, 600,000 iterations, a 32-byte salt and a
 * 32-byte key (OWASP's advice; the Jakarta default of 2,048 iterations is far too cheap). Stored
 * form: {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}, the one Jakarta Security reads.
 */
@ApplicationScoped
public class PasswordHashing {
  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "600000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject Pbkdf2PasswordHash pbkdf2;

  /**
   * Checked when the user name is unknown, so that the answer takes as long as for a real account.
   */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(PARAMETERS);
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    decoy = hash(Base64.getEncoder().encodeToString(random));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one real check and always fails: the caller's user does not exist. */
  public boolean matchesDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
    return false;
  }
}
