package dev.cxcrm.domain.feedback;

/** Trimming the texts of the feedback feature's drafts: blank is absent. */
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
