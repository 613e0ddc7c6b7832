package dev.cxcrm.domain.feedback.survey;

import java.util.List;

/**
 * One question of a survey: its key (stable across versions, what answers are kept under), its
 * kind, the scale of a CSAT or CES question (5 or 7), its text in ja and en, whether an answer is
 * required to finish, and the choices of a choice question.
 */
public record Question(
    String key,
    QuestionKind kind,
    Integer scale,
    String ja,
    String en,
    boolean required,
    List<Choice> choices) {

  public Question {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public String text(String language) {
    return "en".equals(language) ? en : ja;
  }

  /** The lowest and highest score: 0–10 for NPS, 1 to the scale for CSAT and CES. */
  public int min() {
    return kind == QuestionKind.NPS ? 0 : 1;
  }

  public int max() {
    return kind == QuestionKind.NPS ? 10 : scale;
  }
}
