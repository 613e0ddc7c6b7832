package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.CursorText;
import java.time.Instant;

/** Where the next page of the due queue starts: the last item's (dueAt, id), earliest first. */
public record DueCursor(Instant dueAt, long id) {
  private static final String VERSION = "d1";

  public String encode() {
    return CursorText.encode(VERSION, dueAt, id);
  }

  public static DueCursor decode(String token) {
    return CursorText.decode(
        token, VERSION, 2, p -> new DueCursor(Instant.parse(p[0]), Long.parseLong(p[1])));
  }
}
