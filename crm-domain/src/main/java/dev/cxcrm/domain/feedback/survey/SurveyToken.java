package dev.cxcrm.domain.feedback.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal survey link: 256 random bits from {@link SecureRandom}, written as 43
 * base64url characters. Only its SHA-256 hash is stored, so the database alone opens no survey; a
 * link is found by hashing what the customer brings.
 */
public final class SurveyToken {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

  private SurveyToken() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text could be a token at all (checked before anything is looked up). */
  public static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }

  /** The hash stored for a token: 64 lowercase hex digits of its SHA-256. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
