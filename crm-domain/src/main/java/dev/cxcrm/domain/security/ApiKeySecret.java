package dev.cxcrm.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API key: 256 random bits, base64url, behind a prefix that secret scanners and
 * people recognise. Only its SHA-256 is stored; a slow hash is not needed because the secret is
 * random, not chosen by a person, and a fast one keeps a bearer request cheap.
 */
public final class ApiKeySecret {
  public static final String PREFIX = "cxk_";
  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecret() {}

  /** A new secret: {@code cxk_} followed by 43 base64url characters (256 bits). */
  public static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a secret: lowercase hex SHA-256 of its UTF-8 bytes. */
  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Whether a presented token can be one of ours at all; others are refused without a query. */
  public static boolean looksLikeOne(String token) {
    return token != null
        && token.startsWith(PREFIX)
        && token.length() == PREFIX.length() + 43
        && token.substring(PREFIX.length()).chars().allMatch(ApiKeySecret::isBase64Url);
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
