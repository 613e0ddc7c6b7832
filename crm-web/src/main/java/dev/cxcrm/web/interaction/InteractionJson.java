package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.shared.Channel;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an interaction from request JSON by hand, so that every unknown field, wrong type, bad time
 * or enum name is reported with its name. The computed fields of {@link InteractionView} are
 * accepted and ignored, so a GET answer can be sent back as is.
 */
public final class InteractionJson {
  static final Set<String> FIELDS =
      Set.of(
          "customerId",
          "contactName",
          "channel",
          "direction",
          "occurredAt",
          "touchpointId",
          "agent",
          "subject",
          "summary",
          "outcome",
          "emotion",
          "awaitsAnswer",
          "caseId",
          "replyTo",
          "externalId");
  static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "stage",
          "dueAt",
          "answeredAt",
          "answeredBy",
          "breached",
          "responseMinutes",
          "createdAt",
          "createdBy");

  private final List<FieldError> errors = new ArrayList<>();

  private InteractionJson() {}

  public static InteractionDraft read(JsonValue v) {
    if (!(v instanceof JsonObject o)) {
      throw InvalidInput.of("", "interaction.validation.object", "Must be a JSON object.");
    }
    return new InteractionJson().draft(o);
  }

  public static JsonObject parseObject(InputStream body) {
    JsonValue v;
    try (JsonReader r = Json.createReader(body)) {
      v = r.readValue();
    } catch (JsonException e) {
      throw InvalidInput.of("", "interaction.validation.json", "The body is not valid JSON.");
    }
    if (!(v instanceof JsonObject o)) {
      throw InvalidInput.of("", "interaction.validation.object", "The body must be a JSON object.");
    }
    return o;
  }

  /** The {@code items} of a bulk request: a JSON array of at most {@code max} entries. */
  public static JsonArray items(JsonObject body, int max) {
    List<FieldError> errors = new ArrayList<>();
    body.keySet().stream()
        .filter(k -> !k.equals("items"))
        .sorted()
        .forEach(k -> errors.add(unknown(k)));
    if (!(body.get("items") instanceof JsonArray items)) {
      errors.add(FieldError.of("items", "interaction.validation.array", "Must be a JSON array."));
      throw new InvalidInput(errors);
    }
    if (items.size() > max) {
      errors.add(
          FieldError.of("items", "interaction.validation.tooMany", "At most {0} entries.", max));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return items;
  }

  private InteractionDraft draft(JsonObject o) {
    o.keySet().stream()
        .filter(k -> !FIELDS.contains(k) && !READ_ONLY.contains(k))
        .sorted()
        .forEach(k -> errors.add(unknown(k)));
    InteractionDraft d =
        new InteractionDraft(
            id(o, "customerId"),
            string(o, "contactName"),
            enumValue(o, "channel", Channel.class),
            enumValue(o, "direction", Direction.class),
            instant(o, "occurredAt"),
            id(o, "touchpointId"),
            string(o, "agent"),
            string(o, "subject"),
            string(o, "summary"),
            string(o, "outcome"),
            integer(o, "emotion"),
            bool(o, "awaitsAnswer"),
            id(o, "caseId"),
            id(o, "replyTo"),
            string(o, "externalId"));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return d;
  }

  private static FieldError unknown(String k) {
    return FieldError.of(k, "interaction.validation.unknownField", "Unknown field.");
  }

  private String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(key, "interaction.validation.string", "Must be a string."));
    return null;
  }

  private Long id(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 63) {
      return n.longValue();
    }
    errors.add(FieldError.of(key, "interaction.validation.id", "Must be a whole number (an id)."));
    return null;
  }

  private Integer integer(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 31) {
      return n.intValue();
    }
    errors.add(FieldError.of(key, "interaction.validation.integer", "Must be a whole number."));
    return null;
  }

  private Boolean bool(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    errors.add(FieldError.of(key, "interaction.validation.boolean", "Must be true or false."));
    return null;
  }

  private Instant instant(JsonObject o, String key) {
    String s = string(o, key);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          FieldError.of(
              key,
              "interaction.validation.time",
              "Use ISO-8601 with an offset, such as 2026-11-23T10:15:00+09:00."));
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type) {
    String s = string(o, key);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      errors.add(FieldError.of(key, "interaction.validation.oneOf", "Must be one of {0}.", names));
      return null;
    }
  }
}
