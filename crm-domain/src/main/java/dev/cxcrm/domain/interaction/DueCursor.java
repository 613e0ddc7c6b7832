package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/** Where the next page of the due queue starts: the last item's (dueAt, id), earliest first. */
public record DueCursor(Instant dueAt, long id) {
  private static final String VERSION = "d1";

  public String encode() {
    String raw = VERSION + "\n" + dueAt + "\n" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static DueCursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] p = raw.split("\n", 3);
      if (p.length != 3 || !VERSION.equals(p[0])) {
        throw invalid();
      }
      return new DueCursor(Instant.parse(p[1]), Long.parseLong(p[2]));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid();
    }
  }

  private static InvalidInput invalid() {
    return InvalidInput.of(
        "cursor", "validation.cursor", "The cursor is not valid; start again from the first page.");
  }
}
