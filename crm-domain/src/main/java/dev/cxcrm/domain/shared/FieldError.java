package dev.cxcrm.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One invalid input field: its path as the client named it ({@code name}, {@code
 * externalIds[0].system}), a message key with its arguments (the UI shows it in the user's
 * language) and the English text that the REST API returns.
 */
public record FieldError(String field, String messageKey, List<Object> args, String message) {
  public FieldError {
    Objects.requireNonNull(field);
    Objects.requireNonNull(messageKey);
    args = List.copyOf(args);
  }

  /**
   * The error for the field, its text written from an English pattern with {@code {0}} arguments.
   */
  public static FieldError of(
      String field, String messageKey, String englishPattern, Object... args) {
    String text = new MessageFormat(englishPattern, Locale.ENGLISH).format(args);
    return new FieldError(field, messageKey, List.of(args), text);
  }
}
