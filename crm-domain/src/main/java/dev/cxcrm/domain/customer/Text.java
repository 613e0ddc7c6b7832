package dev.cxcrm.domain.customer;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by the customer model: trimming, Unicode folding for search, kana. */
public final class Text {
  private Text() {}

  /** Trimmed text, or null when nothing is left. */
  public static String clean(String s) {
    return dev.cxcrm.domain.shared.Texts.clean(s);
  }

  /**
   * The form used for searching: NFKC (full-width Latin and half-width kana fold to one form),
   * lower case, hiragana turned into katakana so that すずき finds スズキ.
   */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    return toKatakana(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }

  /** Only the digits of a phone number, so that 03-1234-5678 and 0312345678 match. */
  public static String digits(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
  }

  /**
   * True when the text is kana (hiragana, katakana, prolonged sound mark), spaces or middle dots.
   */
  public static boolean isKana(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return n.codePoints()
        .allMatch(
            c ->
                (c >= 0x3041 && c <= 0x309F)
                    || (c >= 0x30A0 && c <= 0x30FF)
                    || c == ' '
                    || c == 0x3000);
  }

  /** Kana as stored: NFKC and katakana, so that sorting puts すずき and スズキ together. */
  public static String katakana(String s) {
    String c = clean(s);
    if (c == null) {
      return null;
    }
    return toKatakana(Normalizer.normalize(c, Normalizer.Form.NFKC));
  }

  private static String toKatakana(String n) {
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().forEach(c -> b.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
    return b.toString();
  }
}
