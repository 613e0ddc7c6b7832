package dev.cxcrm.domain.feedback;

import java.time.Instant;

/** A stored purchase: its id, what was pushed (normalized), and who recorded it when. */
public record Purchase(long id, PurchaseDraft content, Instant createdAt, String createdBy) {
  /** Whether a repeated push carries the same content (100 and 100.00 are the same amount). */
  public boolean matches(PurchaseDraft d) {
    return content.equals(d);
  }
}
