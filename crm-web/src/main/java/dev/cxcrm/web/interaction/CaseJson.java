package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the request bodies of the case and root-cause API by hand, so that an unknown field, a
 * wrong type or an enum name that does not exist is reported with its field name; all problems of
 * one body at once.
 */
final class CaseJson {
  private final JsonObject body;
  private final List<FieldError> errors = new ArrayList<>();

  private CaseJson(JsonObject body) {
    this.body = body;
  }

  /** The body as a JSON object whose members are all among {@code fields}. */
  static CaseJson read(InputStream in, Set<String> fields) {
    JsonValue v;
    try (JsonReader r = Json.createReader(in)) {
      v = r.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw InvalidInput.of("", "case.validation.json", "The body is not valid JSON.");
    }
    if (!(v instanceof JsonObject o)) {
      throw InvalidInput.of("", "case.validation.object", "The body must be a JSON object.");
    }
    CaseJson json = new CaseJson(o);
    o.keySet().stream()
        .filter(k -> !fields.contains(k))
        .sorted()
        .forEach(
            k ->
                json.errors.add(
                    FieldError.of(k, "case.validation.unknownField", "Unknown field.")));
    return json;
  }

  boolean has(String field) {
    return body.containsKey(field);
  }

  String text(String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(field, "case.validation.text", "Must be text."));
    return null;
  }

  Long number(String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    errors.add(FieldError.of(field, "case.validation.number", "Must be a whole number."));
    return null;
  }

  Boolean bool(String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    errors.add(FieldError.of(field, "case.validation.boolean", "Must be true or false."));
    return null;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      errors.add(oneOf(field, type));
      return null;
    }
  }

  /** A list of ids; an absent list is empty. */
  List<Long> ids(String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      errors.add(FieldError.of(field, "case.validation.array", "Must be a JSON array."));
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) instanceof JsonNumber n && n.isIntegral()) {
        ids.add(n.longValue());
      } else {
        errors.add(
            FieldError.of(
                field + "[" + i + "]", "case.validation.number", "Must be a whole number."));
      }
    }
    return ids;
  }

  /** Throws {@link InvalidInput} with every problem found while reading. */
  void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  static <E extends Enum<E>> FieldError oneOf(String field, Class<E> type) {
    String names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return FieldError.of(field, "case.validation.oneOf", "Must be one of {0}.", names);
  }
}
