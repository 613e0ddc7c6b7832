package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.CursorText;

/**
 * Where a page of the prioritised list ends: the last row's score and id (the list is ordered by
 * score, then id, both descending).
 */
record PainPointCursor(long score, long id) {
  private static final String VERSION = "p1";

  static PainPointCursor decode(String text) {
    return CursorText.decode(
        text, VERSION, 2, p -> new PainPointCursor(Long.parseLong(p[0]), Long.parseLong(p[1])));
  }

  String encode() {
    return CursorText.encode(VERSION, score, id);
  }
}
