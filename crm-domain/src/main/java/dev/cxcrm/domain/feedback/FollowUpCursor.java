package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.CursorText;
import java.time.Instant;

/** Where the next page of a follow-up queue starts: the last item's (dueAt, id), earliest first. */
public record FollowUpCursor(Instant dueAt, long id) {
  private static final String VERSION = "u1";

  public String encode() {
    return CursorText.encode(VERSION, dueAt, id);
  }

  public static FollowUpCursor decode(String token) {
    return CursorText.decode(
        token, VERSION, 2, p -> new FollowUpCursor(Instant.parse(p[0]), Long.parseLong(p[1])));
  }
}
