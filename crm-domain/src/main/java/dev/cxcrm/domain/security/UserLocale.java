package dev.cxcrm.domain.security;

import java.util.Locale;

/** The languages of the UI. Japanese is the default, for people and for anything unrecognised. */
public enum UserLocale {
  JA("ja"),
  EN("en");

  private final String tag;

  UserLocale(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static UserLocale of(String tag) {
    return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : JA;
  }
}
