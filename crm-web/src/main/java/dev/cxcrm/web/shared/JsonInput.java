package dev.cxcrm.web.shared;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one strict reader of JSON request bodies (docs/decisions/0008-one-input-toolkit.md). A
 * feature names the members it knows; every other member is refused as unknown, every member of the
 * wrong type is refused, and each error names its field by its path as the client wrote it ({@code
 * consent.email}, {@code externalIds[1].system}). Read every field, then {@link #done()} refuses
 * the body with all its problems at once. Absent and {@code null} both read as no value (null, or
 * an empty list); {@link #has} tells them apart where a feature needs to.
 */
public final class JsonInput {
  private final JsonObject body;
  private final String at;
  private final List<FieldError> errors;

  private JsonInput(JsonObject body, String at, List<FieldError> errors) {
    this.body = body;
    this.at = at;
    this.errors = errors;
  }

  /** A request body as a JSON value; text that is not JSON is refused as invalid input. */
  public static JsonValue parse(InputStream body) {
    try (JsonReader r = Json.createReader(body)) {
      return r.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw InvalidInput.of("", "validation.json", "The body is not valid JSON.");
    }
  }

  /** A request body that must be a JSON object. */
  public static JsonObject parseObject(InputStream body) {
    if (!(parse(body) instanceof JsonObject o)) {
      throw InvalidInput.of("", "validation.object", "The body must be a JSON object.");
    }
    return o;
  }

  /** A reader of the request body, whose members must all be among {@code fields}. */
  public static JsonInput read(InputStream body, Set<String> fields) {
    return of(parseObject(body), fields, Set.of());
  }

  /**
   * A reader of a JSON object whose members must be among {@code fields}; members in {@code
   * ignored} (read-only fields of an answer sent back) are accepted and not read.
   */
  public static JsonInput of(JsonValue value, Set<String> fields, Set<String> ignored) {
    if (!(value instanceof JsonObject o)) {
      throw InvalidInput.of("", "validation.object", "Must be a JSON object.");
    }
    JsonInput in = new JsonInput(o, "", new ArrayList<>());
    in.refuseUnknown(fields, ignored);
    return in;
  }

  public static JsonInput of(JsonValue value, Set<String> fields) {
    return of(value, fields, Set.of());
  }

  /**
   * The entries of a bulk request, {@code {"items": [...]}}: a JSON array of at most {@code max}
   * entries, each for the feature to read on its own.
   */
  public static JsonArray items(JsonValue body, int max) {
    JsonInput in = of(body, Set.of("items"));
    JsonArray items = in.array("items");
    if (items == null) {
      in.errors.add(InputErrors.of("items", "array"));
    } else if (items.size() > max) {
      in.refuse("items", "validation.tooMany", "At most {0} entries.", max);
    }
    in.done();
    return items;
  }

  /** Whether the member is there at all, {@code null} included. */
  public boolean has(String key) {
    return body.containsKey(key);
  }

  /** The member's path as errors name it. */
  public String path(String key) {
    return at.isEmpty() ? key : at + "." + key;
  }

  public String string(String key) {
    return read(key, this::stringOf);
  }

  /** A whole number that fits a {@code long}. */
  public Long longValue(String key) {
    return read(key, this::longOf);
  }

  /** A whole number that fits an {@code int}. */
  public Integer integer(String key) {
    return read(key, this::intOf);
  }

  /** A number as written, decimals kept exactly ({@code 19.99}); a string is refused. */
  public BigDecimal decimal(String key) {
    return read(
        key, (v, p) -> v instanceof JsonNumber n ? n.bigDecimalValue() : refuse(p, "number"));
  }

  /** An id: a positive whole number. */
  public Long id(String key) {
    return read(key, this::idOf);
  }

  public Boolean bool(String key) {
    return read(key, this::boolOf);
  }

  /** One of the enum's constant names, exactly as written. */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return read(key, enumOf(type));
  }

  /** A day such as {@code 2024-04-01}. */
  public LocalDate date(String key) {
    return read(key, this::dateOf);
  }

  /** A time of day such as {@code 09:00}. */
  public LocalTime time(String key) {
    return read(key, this::timeOf);
  }

  /** An instant written in ISO-8601 with its offset, such as {@code 2026-11-23T10:15:00+09:00}. */
  public Instant instant(String key) {
    return read(key, this::instantOf);
  }

  /** A JSON array as it is, for a feature that reads its entries one by one; null when absent. */
  public JsonArray array(String key) {
    return read(key, (v, p) -> v instanceof JsonArray a ? a : refuse(p, "array"));
  }

  public List<String> strings(String key) {
    return list(key, this::stringOf);
  }

  public List<Long> longs(String key) {
    return list(key, this::longOf);
  }

  public List<Long> ids(String key) {
    return list(key, this::idOf);
  }

  public <E extends Enum<E>> List<E> enums(String key, Class<E> type) {
    return list(key, enumOf(type));
  }

  /**
   * A nested object, read by {@code item} with its members checked against {@code fields}; null
   * when absent.
   */
  public <T> T object(String key, Set<String> fields, Function<JsonInput, T> item) {
    return read(key, (v, p) -> nested(v, p, fields, item));
  }

  /** A list of objects, each read by {@code item}; errors name {@code key[i].member}. */
  public <T> List<T> objects(String key, Set<String> fields, Function<JsonInput, T> item) {
    return list(key, (v, p) -> nested(v, p, fields, item));
  }

  /**
   * An object of answers by name, such as {@code {"q1": 9, "why": "slow", "good": ["a", "b"]}}:
   * each member a string, a number or an array of them, read as text as written (so that {@code
   * 6.5} reaches the rule that refuses it as a score); empty when absent.
   */
  public Map<String, List<String>> answers(String key) {
    JsonObject o = read(key, (v, p) -> v instanceof JsonObject j ? j : refuse(p, "object"));
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (o != null) {
      o.forEach(
          (name, v) -> {
            String p = path(key) + "." + name;
            List<JsonValue> values = v instanceof JsonArray a ? a : List.of(v);
            List<String> texts = new ArrayList<>();
            for (JsonValue one : values) {
              if (one instanceof JsonString s) {
                texts.add(s.getString());
              } else if (one instanceof JsonNumber n) {
                texts.add(n.toString());
              } else if (one != JsonValue.NULL) {
                errors.add(InputErrors.of(p, "answer"));
                return;
              }
            }
            out.put(name, texts);
          });
    }
    return out;
  }

  /** Refuses a member that is needed but absent or null. */
  public void require(String key) {
    JsonValue v = body.get(key);
    if (v == null || v == JsonValue.NULL) {
      errors.add(FieldError.of(path(key), "validation.required", "This field is required."));
    }
  }

  /** Adds an error of the feature's own rules on a member. */
  public void refuse(String key, String messageKey, String englishPattern, Object... args) {
    errors.add(FieldError.of(path(key), messageKey, englishPattern, args));
  }

  /** Throws {@link InvalidInput} with every problem found so far. */
  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  // --- the readers of single values; each returns null after recording why ---------------------

  private interface Reader<T> {
    T read(JsonValue value, String path);
  }

  private <T> T read(String key, Reader<T> reader) {
    JsonValue v = body.get(key);
    return v == null || v == JsonValue.NULL ? null : reader.read(v, path(key));
  }

  private <T> List<T> list(String key, Reader<T> reader) {
    JsonArray a = array(key);
    if (a == null) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      T value = reader.read(a.get(i), path(key) + "[" + i + "]");
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private <T> T nested(JsonValue v, String p, Set<String> fields, Function<JsonInput, T> item) {
    if (!(v instanceof JsonObject o)) {
      return refuse(p, "object");
    }
    JsonInput in = new JsonInput(o, p, errors);
    in.refuseUnknown(fields, Set.of());
    return item.apply(in);
  }

  private void refuseUnknown(Set<String> fields, Set<String> ignored) {
    body.keySet().stream()
        .filter(k -> !fields.contains(k) && !ignored.contains(k))
        .sorted()
        .forEach(
            k -> errors.add(FieldError.of(path(k), "validation.unknownField", "Unknown field.")));
  }

  private String stringOf(JsonValue v, String p) {
    return v instanceof JsonString s ? s.getString() : refuse(p, "string");
  }

  private Long longOf(JsonValue v, String p) {
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigIntegerValueExact().longValueExact();
      } catch (ArithmeticException e) {
        // too large: refused below like any other number that is not a long
      }
    }
    return refuse(p, "integer");
  }

  private Integer intOf(JsonValue v, String p) {
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigIntegerValueExact().intValueExact();
      } catch (ArithmeticException e) {
        // too large: refused below like any other number that is not an int
      }
    }
    return refuse(p, "integer");
  }

  private Long idOf(JsonValue v, String p) {
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        long id = n.bigIntegerValueExact().longValueExact();
        if (id > 0) {
          return id;
        }
      } catch (ArithmeticException e) {
        // too large for an id: refused below
      }
    }
    return refuse(p, "id");
  }

  private Boolean boolOf(JsonValue v, String p) {
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    return refuse(p, "boolean");
  }

  private <E extends Enum<E>> Reader<E> enumOf(Class<E> type) {
    return (v, p) -> {
      String s = stringOf(v, p);
      if (s == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, s);
      } catch (IllegalArgumentException e) {
        errors.add(InputErrors.oneOf(p, type));
        return null;
      }
    };
  }

  private LocalDate dateOf(JsonValue v, String p) {
    return parsed(v, p, LocalDate::parse, "date");
  }

  private LocalTime timeOf(JsonValue v, String p) {
    return parsed(v, p, LocalTime::parse, "time");
  }

  /**
   * To the microsecond, as the databases keep it: a push repeated with nanoseconds is then the same
   * content as the row it stored the first time.
   */
  private Instant instantOf(JsonValue v, String p) {
    return parsed(
        v, p, s -> OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS), "dateTime");
  }

  private <T> T parsed(JsonValue v, String p, Function<String, T> parser, String kind) {
    String s = stringOf(v, p);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (DateTimeParseException e) {
      return refuse(p, kind);
    }
  }

  /** Records the shared error of a kind of value ({@code validation.<kind>}) and reads nothing. */
  private <T> T refuse(String p, String kind) {
    errors.add(InputErrors.of(p, kind));
    return null;
  }
}
