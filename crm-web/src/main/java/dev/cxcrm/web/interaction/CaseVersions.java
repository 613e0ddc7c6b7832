package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.Problems;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * A case's or root cause's version as a strong entity tag ({@code "3"}); weak tags are accepted on
 * input, since the version alone decides.
 */
final class CaseVersions {
  private CaseVersions() {}

  static EntityTag etag(int version) {
    return new EntityTag(String.valueOf(version));
  }

  /** 428: a change must name the version it was made on, so that it cannot overwrite another. */
  static Response preconditionRequired() {
    return Problems.response(
        428,
        "precondition-required",
        "Precondition Required",
        "Send If-Match with the ETag you read, so that a change made meanwhile is not overwritten.");
  }

  /** The version in If-Match, or null when there is none. */
  static Integer parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String t = ifMatch.strip();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    try {
      if (t.length() >= 3 && t.startsWith("\"") && t.endsWith("\"")) {
        return Integer.valueOf(t.substring(1, t.length() - 1));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw InvalidInput.of(
        "If-Match",
        "case.validation.etag",
        "Send one ETag as the GET answer gave it, such as \"3\".");
  }

  /** True when If-None-Match names this version (or is {@code *}). */
  static boolean matches(String ifNoneMatch, int version) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals("\"" + version + "\"") || t.equals("W/\"" + version + "\"")) {
        return true;
      }
    }
    return false;
  }
}
