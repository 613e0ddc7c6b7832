package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the prioritised list ends: the last row's score and id (the list is ordered by
 * score, then id, both descending), as opaque URL-safe text.
 */
record PainPointCursor(long score, long id) {
  static PainPointCursor decode(String text) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":");
      if (parts.length != 3 || !parts[0].equals("p")) {
        throw new IllegalArgumentException();
      }
      return new PainPointCursor(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(
          "cursor", "validation.cursor", "Use the next value of the previous page.");
    }
  }

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("p:" + score + ":" + id).getBytes(StandardCharsets.UTF_8));
  }
}
