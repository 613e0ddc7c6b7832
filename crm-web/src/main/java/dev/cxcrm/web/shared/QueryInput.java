package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one reader of query and form parameters (docs/decisions/0008-one-input-toolkit.md), read in
 * code rather than with Bean Validation on the parameters, which breaks Payara's /openapi. A blank
 * parameter is absent; a value that cannot be read is an error naming the parameter, with the same
 * message keys as {@link JsonInput}. Read every parameter, then {@link #done()} refuses the request
 * with all its problems at once.
 */
public final class QueryInput {
  private final List<FieldError> errors = new ArrayList<>();

  /** The stripped text, or null when blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** One of the enum's constant names, exactly as written. */
  public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    return constant(name, text(value), type);
  }

  /** One of the enum's constant names in any case ({@code by=channel}). */
  public <E extends Enum<E>> E enumIgnoringCase(String name, String value, Class<E> type) {
    String s = text(value);
    return constant(name, s == null ? null : s.toUpperCase(Locale.ROOT), type);
  }

  /** One of the enum's constant names in any case; {@code otherwise} when absent or unreadable. */
  public <E extends Enum<E>> E enumIgnoringCase(
      String name, String value, Class<E> type, E otherwise) {
    E e = enumIgnoringCase(name, value, type);
    return e == null ? otherwise : e;
  }

  /** One of the words a parameter allows, such as {@code month}; {@code otherwise} when absent. */
  public String word(String name, String value, List<String> words, String otherwise) {
    String s = text(value);
    if (s == null) {
      return otherwise;
    }
    if (!words.contains(s)) {
      errors.add(InputErrors.oneOf(name, String.join(", ", words)));
    }
    return s;
  }

  public Long longValue(String name, String value) {
    return parsed(value, Long::valueOf, () -> InputErrors.of(name, "integer"));
  }

  /** A whole number that fits an {@code int}. */
  public Integer integer(String name, String value) {
    return parsed(value, Integer::valueOf, () -> InputErrors.of(name, "integer"));
  }

  /** An id: a positive whole number. */
  public Long id(String name, String value) {
    return parsed(value, QueryInput::positive, () -> InputErrors.of(name, "id"));
  }

  /** {@code true} or {@code false}; null when absent. */
  public Boolean bool(String name, String value) {
    String s = text(value);
    if (s == null) {
      return null;
    }
    return switch (s) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.add(InputErrors.of(name, "boolean"));
        yield null;
      }
    };
  }

  /** The page size {@code limit}: from 1 to {@code max}, {@code otherwise} when absent. */
  public int limit(String value, int otherwise, int max) {
    String s = text(value);
    if (s == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(s);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(FieldError.of("limit", "validation.limit", "Must be from 1 to {0}.", max));
    return otherwise;
  }

  /** A keyset cursor that is a number: the {@code next} value of the previous page. */
  public Long cursor(String name, String value) {
    return parsed(
        value,
        Long::valueOf,
        () ->
            FieldError.of(name, "validation.cursor", "Pass the next value of the previous page."));
  }

  /** A day such as {@code 2024-04-01}. */
  public LocalDate date(String name, String value) {
    return parsed(value, LocalDate::parse, () -> InputErrors.of(name, "date"));
  }

  /** An instant in ISO-8601 with its offset, such as {@code 2026-11-27T18:01:00+09:00}. */
  public Instant instant(String name, String value) {
    return parsed(
        value, s -> OffsetDateTime.parse(s).toInstant(), () -> InputErrors.of(name, "dateTime"));
  }

  /** Refuses a parameter that is needed but absent or blank. */
  public void require(String name, String value) {
    if (text(value) == null) {
      errors.add(FieldError.of(name, "validation.required", "This field is required."));
    }
  }

  /**
   * The report period of the days read as {@code from} and {@code to} (null: absent), by the
   * report's rule; null when a day could not be read or the rule refuses the period (recorded).
   */
  public ReportPeriod period(
      LocalDate from, LocalDate to, ReportPeriod.Rule rule, LocalDate today) {
    if (errors.stream().anyMatch(e -> e.field().equals("from") || e.field().equals("to"))) {
      return null;
    }
    try {
      return rule.period(from, to, today);
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** The report period of the query parameters {@code from} and {@code to}, read as days. */
  public ReportPeriod period(String from, String to, ReportPeriod.Rule rule, LocalDate today) {
    return period(date("from", from), date("to", to), rule, today);
  }

  /** Adds an error of the feature's own rules on a parameter. */
  public void refuse(String name, String messageKey, String englishPattern, Object... args) {
    errors.add(FieldError.of(name, messageKey, englishPattern, args));
  }

  /** Throws {@link InvalidInput} with every problem found so far. */
  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private <E extends Enum<E>> E constant(String name, String s, Class<E> type) {
    return parsed(s, v -> Enum.valueOf(type, v), () -> InputErrors.oneOf(name, type));
  }

  /** The value read by {@code parser}, null when blank; what it cannot read is refused. */
  private <T> T parsed(String value, Function<String, T> parser, Supplier<FieldError> error) {
    String s = text(value);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException | DateTimeException e) {
      errors.add(error.get());
      return null;
    }
  }

  private static long positive(String s) {
    long id = Long.parseLong(s);
    if (id < 1) {
      throw new IllegalArgumentException(s);
    }
    return id;
  }
}
