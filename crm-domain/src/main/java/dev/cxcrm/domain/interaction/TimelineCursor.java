package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.CursorText;
import java.time.Instant;

/**
 * Where the next page of a timeline starts: the last entry's (time, kind, id), newest first. The
 * timeline merges several sources; each is asked only for entries strictly after this position in
 * the order, so a page costs one short index range per source whatever the customer's history.
 */
public record TimelineCursor(Instant at, TimelineKind kind, long id) {
  private static final String VERSION = "t1";

  public String encode() {
    return CursorText.encode(VERSION, at, kind.name(), id);
  }

  public static TimelineCursor decode(String token) {
    return CursorText.decode(
        token,
        VERSION,
        3,
        p ->
            new TimelineCursor(
                Instant.parse(p[0]), TimelineKind.valueOf(p[1]), Long.parseLong(p[2])));
  }

  /**
   * Whether an entry comes after this cursor in the newest-first order, i.e. belongs to a later
   * page: older, or as old with a lower kind, or the same kind with a lower id.
   */
  public boolean isBefore(Instant entryAt, TimelineKind entryKind, long entryId) {
    int t = entryAt.compareTo(at);
    if (t != 0) {
      return t < 0;
    }
    int k = entryKind.compareTo(kind);
    return k != 0 ? k < 0 : entryId < id;
  }

  /**
   * For one source whose entries all have {@code sourceKind}: whether its entries at exactly the
   * cursor's instant still belong to later pages, and if so whether only those with a lower id do.
   */
  public Seek seekFor(TimelineKind sourceKind) {
    int k = sourceKind.compareTo(kind);
    if (k < 0) {
      return Seek.AT_OR_BEFORE;
    }
    return k == 0 ? Seek.BEFORE_ID : Seek.BEFORE;
  }

  /** The seek predicate of one source. */
  public enum Seek {
    /** {@code at <= cursor.at} */
    AT_OR_BEFORE,
    /** {@code (at, id) < (cursor.at, cursor.id)} */
    BEFORE_ID,
    /** {@code at < cursor.at} */
    BEFORE
  }
}
