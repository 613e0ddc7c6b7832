package dev.cxcrm.domain.shared;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Base64;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The one way a keyset position travels to a client and back: a version tag and the position's
 * parts as opaque URL-safe text (the {@code next} of a page, the {@code cursor} of the next
 * request). A token that is not one of ours, or of another version or list, is refused as {@code
 * validation.cursor} on the field {@code cursor}.
 */
public final class CursorText {
  private CursorText() {}

  public static String encode(String version, Object... parts) {
    StringJoiner raw = new StringJoiner("\n").add(version);
    for (Object part : parts) {
      raw.add(String.valueOf(part));
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position in {@code token}: its {@code parts} parts (the last one keeps any line breaks)
   * given to {@code read}. A part that does not parse (a number, an instant, an enum name) refuses
   * the token like a malformed one.
   */
  public static <T> T decode(String token, String version, int parts, Function<String[], T> read) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      String[] p = raw.split("\n", parts + 1);
      if (p.length != parts + 1 || !version.equals(p[0])) {
        throw invalid();
      }
      return read.apply(Arrays.copyOfRange(p, 1, p.length));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid();
    }
  }

  private static InvalidInput invalid() {
    return InvalidInput.of(
        "cursor", "validation.cursor", "The cursor is not valid; start again from the first page.");
  }
}
