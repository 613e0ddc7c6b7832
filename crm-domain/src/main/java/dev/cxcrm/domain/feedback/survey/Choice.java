package dev.cxcrm.domain.feedback.survey;

/** One choice of a single or multiple choice question: a key that answers keep, its ja/en text. */
public record Choice(String key, String ja, String en) {
  public String text(String language) {
    return "en".equals(language) ? en : ja;
  }
}
