package dev.cxcrm.domain.shared;

/** Trimming the texts of drafts: blank is absent. */
public final class Texts {
  private Texts() {}

  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
