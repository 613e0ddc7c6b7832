package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * A record's version as an entity tag: strong, the number in quotes ({@code "3"}). Weak tags
 * ({@code W/"3"}) are accepted on input, since the version alone decides. Every resource that
 * changes records with If-Match uses this one reading of it.
 */
public final class Versions {
  private Versions() {}

  public static EntityTag etag(int version) {
    return new EntityTag(String.valueOf(version));
  }

  /**
   * The version in If-Match, for a change that needs one: a missing tag answers 428 (a change must
   * name the version it was made on, so that it cannot overwrite another), an unreadable one 400.
   */
  public static int required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(preconditionRequired());
    }
    return parse(ifMatch);
  }

  private static Response preconditionRequired() {
    return Problems.response(
        428,
        "precondition-required",
        "Precondition Required",
        "Send If-Match with the ETag you read, so that a change made meanwhile is not overwritten.");
  }

  /** The version in If-Match; a missing or unreadable tag is invalid input naming If-Match. */
  public static int parse(String ifMatch) {
    Integer v = ifMatch == null ? null : version(ifMatch);
    if (v == null) {
      throw InvalidInput.of(
          "If-Match", "validation.etag", "Send one ETag as the GET answer gave it, such as \"3\".");
    }
    return v;
  }

  /** The version in If-Match, or null when the header is absent (the change is then unchecked). */
  public static Integer parseOrNull(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
  }

  /** True when If-None-Match names this version (or is {@code *}): the client's copy is current. */
  public static boolean matchesAny(String ifNoneMatch, int version) {
    return ifNoneMatch != null
        && (ifNoneMatch.strip().equals("*")
            || Arrays.stream(ifNoneMatch.split(","))
                .map(Versions::version)
                .anyMatch(v -> v != null && v == version));
  }

  private static Integer version(String tag) {
    String t = tag.strip();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    if (t.length() < 3 || !t.startsWith("\"") || !t.endsWith("\"")) {
      return null;
    }
    try {
      return Integer.valueOf(t.substring(1, t.length() - 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
