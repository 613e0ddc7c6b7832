package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.CursorText;
import java.time.Instant;

/**
 * Where the next page of a customer's feedback, purchases or referrals starts: the last item's time
 * (received, purchased, referred) and id.
 */
public record FeedbackCursor(Instant receivedAt, long id) {
  private static final String VERSION = "f1";

  public String encode() {
    return CursorText.encode(VERSION, receivedAt, id);
  }

  public static FeedbackCursor decode(String token) {
    return CursorText.decode(
        token, VERSION, 2, p -> new FeedbackCursor(Instant.parse(p[0]), Long.parseLong(p[1])));
  }
}
