package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Address;
import dev.cxcrm.domain.customer.ConsentChoice;
import dev.cxcrm.domain.customer.Contact;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.customer.ImportantDateKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.customer.RelationshipType;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a customer from request JSON into a {@link CustomerDraft} by hand, so that every unknown
 * field, wrong type, bad date or enum name is reported with its path ({@code consent.email}, {@code
 * externalIds[1].system}) instead of a generic binding error, and writes the JSON a merge patch
 * applies to. The read-only fields of {@link CustomerView} are accepted and ignored.
 */
public final class CustomerJson {
  static final Set<String> READ_ONLY =
      Set.of("id", "version", "consentChangedAt", "createdAt", "updatedAt", "stage", "stageSince");
  private static final Set<String> FIELDS =
      Set.of(
          "kind",
          "name",
          "nameKana",
          "email",
          "phone",
          "address",
          "relationshipType",
          "lifecycle",
          "owner",
          "segments",
          "consent",
          "customerSince",
          "churnedOn",
          "churnReason",
          "externalIds",
          "contacts",
          "preferredChannel",
          "preferredLanguage",
          "importantDates");
  private static final Set<String> ADDRESS = Set.of("postalCode", "region", "locality", "street");
  private static final Set<String> CONSENT = Set.of("email", "survey", "phone", "sms");
  private static final Set<String> EXTERNAL_ID = Set.of("system", "id");
  private static final Set<String> CONTACT = Set.of("name", "role", "email", "phone");
  private static final Set<String> IMPORTANT_DATE = Set.of("kind", "date", "label");
  private static final Jsonb JSONB = JsonbBuilder.create();

  private final List<FieldError> errors = new ArrayList<>();

  private CustomerJson() {}

  /**
   * The draft in the JSON object, or {@link InvalidInput} naming every field that could not be
   * read.
   */
  public static CustomerDraft read(JsonObject o) {
    return new CustomerJson().draft(o, "");
  }

  /**
   * Reads one customer of a list; field paths are relative to the entry (as in a bulk row's
   * result).
   */
  static CustomerDraft read(JsonValue v) {
    if (!(v instanceof JsonObject o)) {
      throw InvalidInput.of("", "validation.object", "Must be a JSON object.");
    }
    return read(o);
  }

  /** A request body as a JSON value; text that is not JSON is refused as invalid input. */
  public static JsonValue parse(InputStream body) {
    try (JsonReader r = Json.createReader(body)) {
      return r.readValue();
    } catch (JsonException e) {
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

  /** The customer as JSON: what a merge patch is applied to, the same text that GET answers. */
  public static JsonObject toJson(CustomerView view) {
    try (JsonReader r = Json.createReader(new StringReader(JSONB.toJson(view)))) {
      return r.readObject();
    }
  }

  /**
   * SHA-256 of the body with its object keys sorted, so that a replay whose fields are in another
   * order or spaced differently is still recognised as the same request.
   */
  public static String fingerprint(JsonValue body) {
    StringWriter out = new StringWriter();
    Json.createWriter(out).write(canonical(body));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(out.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256.", e);
    }
  }

  private static JsonValue canonical(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      new TreeSet<>(o.keySet()).forEach(k -> b.add(k, canonical(o.get(k))));
      return b.build();
    }
    if (v instanceof JsonArray a) {
      var b = Json.createArrayBuilder();
      a.forEach(x -> b.add(canonical(x)));
      return b.build();
    }
    return v;
  }

  private CustomerDraft draft(JsonObject o, String at) {
    unknown(o, at, FIELDS, READ_ONLY);
    CustomerDraft d =
        new CustomerDraft(
            enumValue(o, "kind", at, CustomerKind.class),
            string(o, "name", at),
            string(o, "nameKana", at),
            string(o, "email", at),
            string(o, "phone", at),
            address(o, at),
            enumValue(o, "relationshipType", at, RelationshipType.class),
            enumValue(o, "lifecycle", at, Lifecycle.class),
            string(o, "owner", at),
            segments(o, at),
            consent(o, at),
            date(o, "customerSince", at),
            date(o, "churnedOn", at),
            string(o, "churnReason", at),
            list(
                o,
                "externalIds",
                at,
                (x, p) -> {
                  unknown(x, p, EXTERNAL_ID, Set.of());
                  return new ExternalId(string(x, "system", p), string(x, "id", p));
                }),
            list(
                o,
                "contacts",
                at,
                (x, p) -> {
                  unknown(x, p, CONTACT, Set.of());
                  return new Contact(
                      string(x, "name", p),
                      string(x, "role", p),
                      string(x, "email", p),
                      string(x, "phone", p));
                }),
            enumValue(o, "preferredChannel", at, Channel.class),
            string(o, "preferredLanguage", at),
            list(
                o,
                "importantDates",
                at,
                (x, p) -> {
                  unknown(x, p, IMPORTANT_DATE, Set.of());
                  return new ImportantDate(
                      enumValue(x, "kind", p, ImportantDateKind.class),
                      date(x, "date", p),
                      string(x, "label", p));
                }));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return d;
  }

  private Address address(JsonObject o, String at) {
    JsonObject a = object(o, "address", at);
    if (a == null) {
      return null;
    }
    String p = path(at, "address");
    unknown(a, p, ADDRESS, Set.of());
    return new Address(
        string(a, "postalCode", p),
        string(a, "region", p),
        string(a, "locality", p),
        string(a, "street", p));
  }

  private ConsentChoice consent(JsonObject o, String at) {
    JsonObject c = object(o, "consent", at);
    if (c == null) {
      return null;
    }
    String p = path(at, "consent");
    unknown(c, p, CONSENT, Set.of());
    return new ConsentChoice(
        bool(c, "email", p), bool(c, "survey", p), bool(c, "phone", p), bool(c, "sms", p));
  }

  private Set<String> segments(JsonObject o, String at) {
    JsonArray a = array(o, "segments", at);
    Set<String> labels = new LinkedHashSet<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) instanceof JsonString s) {
        labels.add(s.getString());
      } else {
        errors.add(
            FieldError.of(
                path(at, "segments") + "[" + i + "]", "validation.string", "Must be a string."));
      }
    }
    return labels;
  }

  private interface Item<T> {
    T read(JsonObject item, String path);
  }

  private <T> List<T> list(JsonObject o, String key, String at, Item<T> item) {
    JsonArray a = array(o, key, at);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      String p = path(at, key) + "[" + i + "]";
      if (a.get(i) instanceof JsonObject x) {
        values.add(item.read(x, p));
      } else {
        errors.add(FieldError.of(p, "validation.object", "Must be a JSON object."));
      }
    }
    return values;
  }

  private void unknown(JsonObject o, String at, Set<String> known, Set<String> ignored) {
    o.keySet().stream()
        .filter(k -> !known.contains(k) && !ignored.contains(k))
        .sorted()
        .forEach(
            k ->
                errors.add(
                    FieldError.of(path(at, k), "validation.unknownField", "Unknown field.")));
  }

  private String string(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(path(at, key), "validation.string", "Must be a string."));
    return null;
  }

  private <E extends Enum<E>> E enumValue(JsonObject o, String key, String at, Class<E> type) {
    String s = string(o, key, at);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      errors.add(oneOf(path(at, key), type));
      return null;
    }
  }

  /** The error for a value that is not one of the enum's names, listing them. */
  static <E extends Enum<E>> FieldError oneOf(String field, Class<E> type) {
    String names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return FieldError.of(field, "validation.oneOf", "Must be one of {0}.", names);
  }

  private LocalDate date(JsonObject o, String key, String at) {
    String s = string(o, key, at);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(path(at, key), "validation.date", "Use a date such as 2024-04-01."));
      return null;
    }
  }

  private boolean bool(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
      return false;
    }
    if (v == JsonValue.TRUE) {
      return true;
    }
    errors.add(FieldError.of(path(at, key), "validation.boolean", "Must be true or false."));
    return false;
  }

  private JsonObject object(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonObject x) {
      return x;
    }
    errors.add(FieldError.of(path(at, key), "validation.object", "Must be a JSON object."));
    return null;
  }

  private JsonArray array(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (v instanceof JsonArray a) {
      return a;
    }
    errors.add(FieldError.of(path(at, key), "validation.array", "Must be a JSON array."));
    return JsonValue.EMPTY_JSON_ARRAY;
  }

  private static String path(String at, String key) {
    return at.isEmpty() ? key : at + "." + key;
  }
}
