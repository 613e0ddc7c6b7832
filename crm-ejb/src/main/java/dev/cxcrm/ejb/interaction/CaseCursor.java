package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.shared.CursorText;
import java.time.Instant;

/** Where a page of the case list ends: the last case's (openedAt, id), newest first. */
record CaseCursor(Instant openedAt, long id) {
  private static final String VERSION = "k1";

  static CaseCursor after(ServiceCase last) {
    return new CaseCursor(last.openedAt(), last.id());
  }

  static CaseCursor decode(String text) {
    return CursorText.decode(
        text, VERSION, 2, p -> new CaseCursor(Instant.parse(p[0]), Long.parseLong(p[1])));
  }

  String encode() {
    return CursorText.encode(VERSION, openedAt, id);
  }
}
