package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.PainPointDraft;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads pain points and link requests from request JSON by hand, so that every unknown field and
 * wrong type is reported with its name. The read-only fields of {@link PainPointView} are accepted
 * and ignored, so a GET answer can be sent back as is.
 */
final class PainPointJson {
  private static final Set<String> FIELDS =
      Set.of("touchpointId", "title", "description", "severity", "affectedCount", "status");
  private static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "stage",
          "affectedCustomers",
          "score",
          "scoreBasis",
          "customerIds",
          "caseIds",
          "version",
          "createdAt",
          "updatedAt");

  private final List<FieldError> errors = new ArrayList<>();

  private PainPointJson() {}

  static PainPointDraft read(JsonObject o) {
    PainPointJson r = new PainPointJson();
    r.unknown(o, FIELDS, READ_ONLY);
    PainPointDraft d =
        new PainPointDraft(
            r.longValue(o, "touchpointId"),
            r.string(o, "title"),
            r.string(o, "description"),
            r.intValue(o, "severity"),
            r.intValue(o, "affectedCount"),
            r.status(o));
    r.done();
    return d;
  }

  /** The ids of a link request such as {@code {"customerIds": [1, 2]}}. */
  static List<Long> ids(JsonObject o, String key) {
    PainPointJson r = new PainPointJson();
    r.unknown(o, Set.of(key), Set.of());
    List<Long> ids = new ArrayList<>();
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      r.errors.add(FieldError.of(key, "pain.validation.required", "Required."));
    } else if (!(v instanceof JsonArray a)) {
      r.errors.add(FieldError.of(key, "pain.validation.array", "Must be an array of ids."));
    } else {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
          ids.add(n.longValue());
        } else {
          r.errors.add(
              FieldError.of(
                  key + "[" + i + "]",
                  "pain.validation.id",
                  "Must be an id (a positive whole number)."));
        }
      }
    }
    r.done();
    return ids;
  }

  private void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private void unknown(JsonObject o, Set<String> fields, Set<String> ignored) {
    new TreeSet<>(o.keySet())
        .stream()
            .filter(k -> !fields.contains(k) && !ignored.contains(k))
            .forEach(
                k ->
                    errors.add(FieldError.of(k, "pain.validation.unknownField", "Unknown field.")));
  }

  private String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(key, "pain.validation.string", "Must be a string."));
    return null;
  }

  private Long longValue(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    errors.add(FieldError.of(key, "pain.validation.integer", "Must be a whole number."));
    return null;
  }

  private Integer intValue(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigIntegerValueExact().intValueExact();
      } catch (ArithmeticException e) {
        // too large for a count: reported below like any other wrong number
      }
    }
    errors.add(FieldError.of(key, "pain.validation.integer", "Must be a whole number."));
    return null;
  }

  private PainPointStatus status(JsonObject o) {
    String s = string(o, "status");
    if (s == null) {
      return null;
    }
    try {
      return PainPointStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      errors.add(
          FieldError.of(
              "status",
              "pain.validation.oneOf",
              "Must be one of {0}.",
              Arrays.toString(PainPointStatus.values())));
      return null;
    }
  }
}
