package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Address;
import dev.cxcrm.domain.customer.Contact;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of a customer in request JSON, read by {@link JsonInput} into a {@link CustomerDraft}
 * (errors name their path, such as {@code consent.email} or {@code externalIds[1].system}), and the
 * JSON a merge patch applies to. The read-only fields of {@link CustomerView} are accepted and
 * ignored.
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
          "importantDates",
          "contactFrom",
          "contactUntil");
  private static final Set<String> ADDRESS = Set.of("postalCode", "region", "locality", "street");
  private static final Set<String> CONSENT = Set.of("email", "survey", "phone", "sms");
  private static final Set<String> EXTERNAL_ID = Set.of("system", "id");
  private static final Set<String> CONTACT = Set.of("name", "role", "email", "phone");
  private static final Set<String> IMPORTANT_DATE = Set.of("kind", "date", "label");
  private static final Jsonb JSONB = JsonbBuilder.create();

  private CustomerJson() {}

  /**
   * The draft in the JSON object, or {@link InvalidInput} naming every field that could not be
   * read.
   */
  public static CustomerDraft read(JsonObject o) {
    return draft(JsonInput.of(o, FIELDS, READ_ONLY));
  }

  /**
   * Reads one customer of a list; field paths are relative to the entry (as in a bulk row's
   * result).
   */
  static CustomerDraft read(JsonValue v) {
    return draft(JsonInput.of(v, FIELDS, READ_ONLY));
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

  private static CustomerDraft draft(JsonInput in) {
    CustomerDraft d =
        new CustomerDraft(
            in.enumValue("kind", CustomerKind.class),
            in.string("name"),
            in.string("nameKana"),
            in.string("email"),
            in.string("phone"),
            in.object(
                "address",
                ADDRESS,
                a ->
                    new Address(
                        a.string("postalCode"),
                        a.string("region"),
                        a.string("locality"),
                        a.string("street"))),
            in.enumValue("relationshipType", RelationshipType.class),
            in.enumValue("lifecycle", Lifecycle.class),
            in.string("owner"),
            new LinkedHashSet<>(in.strings("segments")),
            in.object(
                "consent",
                CONSENT,
                c ->
                    new ConsentChoice(
                        yes(c, "email"), yes(c, "survey"), yes(c, "phone"), yes(c, "sms"))),
            in.date("customerSince"),
            in.date("churnedOn"),
            in.string("churnReason"),
            in.objects(
                "externalIds",
                EXTERNAL_ID,
                x -> new ExternalId(x.string("system"), x.string("id"))),
            in.objects(
                "contacts",
                CONTACT,
                x ->
                    new Contact(
                        x.string("name"), x.string("role"), x.string("email"), x.string("phone"))),
            in.enumValue("preferredChannel", Channel.class),
            in.string("preferredLanguage"),
            in.objects(
                "importantDates",
                IMPORTANT_DATE,
                x ->
                    new ImportantDate(
                        x.enumValue("kind", ImportantDateKind.class),
                        x.date("date"),
                        x.string("label"))),
            in.time("contactFrom"),
            in.time("contactUntil"));
    in.done();
    return d;
  }

  /** A consent flag: absent or null is no consent. */
  private static boolean yes(JsonInput consent, String key) {
    return Boolean.TRUE.equals(consent.bool(key));
  }
}
