package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.TouchpointDraft;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the journey's request bodies by hand, like the customer's: every unknown field, wrong type
 * or enum name is reported with its name; read-only fields are accepted and ignored.
 */
final class JourneyJson {
  private static final Set<String> TOUCHPOINT =
      Set.of("nameJa", "nameEn", "stage", "channel", "active");
  private static final Set<String> TOUCHPOINT_READ_ONLY = Set.of("id", "version");
  private static final Set<String> STAGE_MOVE = Set.of("stage");
  private static final Set<String> STAGE_READ_ONLY = Set.of("customerId", "stageSince", "version");

  private final List<FieldError> errors = new ArrayList<>();

  private JourneyJson() {}

  static TouchpointDraft touchpoint(JsonObject o) {
    JourneyJson j = new JourneyJson();
    j.unknown(o, TOUCHPOINT, TOUCHPOINT_READ_ONLY);
    TouchpointDraft d =
        new TouchpointDraft(
            j.string(o, "nameJa"),
            j.string(o, "nameEn"),
            j.enumValue(o, "stage", JourneyStage.class),
            j.enumValue(o, "channel", Channel.class),
            j.bool(o, "active"));
    j.done();
    return d;
  }

  /** The stage of a {@code {"stage": "PURCHASE"}} body; required. */
  static JourneyStage stage(JsonObject o) {
    JourneyJson j = new JourneyJson();
    j.unknown(o, STAGE_MOVE, STAGE_READ_ONLY);
    JourneyStage s = j.enumValue(o, "stage", JourneyStage.class);
    if (s == null && j.errors.isEmpty()) {
      j.errors.add(FieldError.of("stage", "stage.validation.required", "Required."));
    }
    j.done();
    return s;
  }

  /** A query parameter naming an enum value; blank means none. */
  static <E extends Enum<E>> E param(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(List.of(oneOf(name, type)));
    }
  }

  private void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private void unknown(JsonObject o, Set<String> known, Set<String> ignored) {
    o.keySet().stream()
        .filter(k -> !known.contains(k) && !ignored.contains(k))
        .sorted()
        .forEach(k -> errors.add(FieldError.of(k, "validation.unknownField", "Unknown field.")));
  }

  private String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(key, "validation.string", "Must be a string."));
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
    errors.add(FieldError.of(key, "validation.boolean", "Must be true or false."));
    return null;
  }

  private <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type) {
    String s = string(o, key);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      errors.add(oneOf(key, type));
      return null;
    }
  }

  private static <E extends Enum<E>> FieldError oneOf(String field, Class<E> type) {
    String names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return FieldError.of(field, "validation.oneOf", "Must be one of {0}.", names);
  }
}
