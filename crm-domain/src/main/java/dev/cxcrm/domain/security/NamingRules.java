package dev.cxcrm.domain.security;

import dev.cxcrm.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * What user names, display names and API key names may look like. Names end up in principals, audit
 * trails and URLs, so they stay short and plain.
 */
public final class NamingRules {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
  private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

  private NamingRules() {}

  /** Whether {@code username} is a name a user can have ({@link UserName} holds only those). */
  public static boolean isUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  public static void checkUsername(String field, String username) {
    if (!isUsername(username)) {
      throw InvalidInput.of(
          field,
          "username.invalid",
          "Use 3 to 50 lowercase letters, digits, ''.'', ''_'' or ''-'', starting with a letter or digit.");
    }
  }

  public static void checkDisplayName(String field, String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw InvalidInput.of(
          field, "displayName.invalid", "Enter a display name of at most {0} characters.", 200);
    }
  }

  public static void checkKeyName(String field, String name) {
    if (name == null || !KEY_NAME.matcher(name).matches()) {
      throw InvalidInput.of(
          field,
          "apiKeyName.invalid",
          "Use 1 to 60 letters, digits, ''.'', ''_'' or ''-'', starting with a letter or digit.");
    }
  }
}
