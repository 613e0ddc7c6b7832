package dev.cxcrm.web.journey;

import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.Problems;
import jakarta.ws.rs.core.Response;

/** A pain point's version as a strong entity tag ({@code "3"}); weak tags are accepted on input. */
final class PainPointEtags {
  private PainPointEtags() {}

  /** 428: a change must name the version it was made on, so that it cannot overwrite another. */
  static Response preconditionRequired() {
    return Problems.response(
        428,
        "precondition-required",
        "Precondition Required",
        "Send If-Match with the ETag you read, so that a change made meanwhile is not overwritten.");
  }

  static int parse(String ifMatch) {
    String t = ifMatch.strip();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    if (t.length() >= 3 && t.startsWith("\"") && t.endsWith("\"")) {
      try {
        return Integer.parseInt(t.substring(1, t.length() - 1));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw InvalidInput.of(
        "If-Match",
        "pain.validation.etag",
        "Send one ETag as the GET answer gave it, such as \"3\".");
  }
}
