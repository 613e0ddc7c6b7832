package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the small request bodies of the standards and calendar API by hand, so that an unknown
 * field, a wrong type, a bad time or an unknown enum name is refused with its field name instead of
 * being ignored or failing as a whole. Collect, then {@link #check()}.
 */
final class StandardsJsonInput {
  private final JsonObject body;
  private final List<FieldError> errors = new ArrayList<>();

  StandardsJsonInput(JsonValue sent, Set<String> fields) {
    if (!(sent instanceof JsonObject object)) {
      throw InvalidInput.of("", "std.json.body", "Send a JSON object.");
    }
    this.body = object;
    body.keySet().stream()
        .filter(k -> !fields.contains(k))
        .sorted()
        .forEach(k -> errors.add(FieldError.of(k, "std.json.unknown", "Unknown field.")));
  }

  boolean has(String field) {
    return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
  }

  String string(String field) {
    if (!has(field)) {
      return null;
    }
    if (body.get(field) instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(field, "std.json.string", "Must be a string."));
    return null;
  }

  Integer integer(String field) {
    if (!has(field)) {
      return null;
    }
    if (body.get(field) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        // falls through to the error: too large for hours anyway
      }
    }
    errors.add(FieldError.of(field, "std.json.integer", "Must be a whole number."));
    return null;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String s = string(field);
    return s == null ? null : parse(field, s, v -> Enum.valueOf(type, v), names(type));
  }

  <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
    if (!has(field)) {
      return List.of();
    }
    if (body.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
      errors.add(FieldError.of(field, "std.json.array", "Must be a list."));
      return List.of();
    }
    List<E> values = new ArrayList<>();
    var array = body.getJsonArray(field);
    for (int i = 0; i < array.size(); i++) {
      String path = field + "[" + i + "]";
      if (array.get(i) instanceof JsonString s) {
        E v = parse(path, s.getString(), x -> Enum.valueOf(type, x), names(type));
        if (v != null) {
          values.add(v);
        }
      } else {
        errors.add(FieldError.of(path, "std.json.string", "Must be a string."));
      }
    }
    return values;
  }

  LocalTime time(String field) {
    String s = string(field);
    return s == null ? null : parse(field, s, LocalTime::parse, "HH:mm");
  }

  LocalDate date(String field) {
    String s = string(field);
    return s == null ? null : parse(field, s, LocalDate::parse, "yyyy-MM-dd");
  }

  /** Refuses the body when anything was wrong so far. */
  void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private <T> T parse(String field, String text, Function<String, T> parser, String expected) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      errors.add(FieldError.of(field, "std.json.value", "Must be one of: {0}.", expected));
      return null;
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(
        ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
