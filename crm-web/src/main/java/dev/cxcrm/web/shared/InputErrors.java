package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.FieldError;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The errors of input that cannot be read, the same for a JSON member and a query parameter: one
 * message key per meaning ({@code validation.<kind>}, worded in every feature's bundle) and one
 * English text for the REST API.
 */
public final class InputErrors {
  private InputErrors() {}

  /** The error for a value of the wrong kind: string, integer, id, boolean, date, ... */
  static FieldError of(String field, String kind) {
    String english =
        switch (kind) {
          case "string" -> "Must be a string.";
          case "integer" -> "Must be a whole number.";
          case "number" -> "Must be a number.";
          case "id" -> "Must be an id (a positive whole number).";
          case "boolean" -> "Must be true or false.";
          case "object" -> "Must be a JSON object.";
          case "array" -> "Must be a JSON array.";
          case "answer" -> "Must be a string, a number or an array of them.";
          case "date" -> "Use a date such as 2024-04-01.";
          case "time" -> "Use a time such as 09:00.";
          case "dateTime" -> "Use ISO-8601 with an offset, such as 2026-11-23T10:15:00+09:00.";
          default -> throw new IllegalArgumentException(kind);
        };
    return FieldError.of(field, "validation." + kind, english);
  }

  /** The error for a name that is not one of the enum's constants, listing them. */
  public static <E extends Enum<E>> FieldError oneOf(String field, Class<E> type) {
    return oneOf(field, names(type));
  }

  /** The error for a value that is not one of {@code names}. */
  public static FieldError oneOf(String field, String names) {
    return FieldError.of(field, "validation.oneOf", "Must be one of {0}.", names);
  }

  /** The names of an enum's constants, as a client must write them. */
  public static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
