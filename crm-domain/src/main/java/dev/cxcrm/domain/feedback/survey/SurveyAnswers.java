package dev.cxcrm.domain.feedback.survey;

import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a customer answered to the questions of one survey version, by question key: one value for a
 * score, a text or a single choice, one or more choice keys for a multiple choice question. Blank
 * values are no answer. {@link #check} says what is wrong on the field {@code answers.<key>}.
 */
public record SurveyAnswers(Map<String, List<String>> values) {
  public static final int TEXT_MAX = 5000;

  public SurveyAnswers {
    Map<String, List<String>> clean = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(
          (key, given) -> {
            Set<String> kept = new LinkedHashSet<>();
            if (given != null) {
              given.stream().map(Texts::clean).filter(v -> v != null).forEach(kept::add);
            }
            if (key != null && !kept.isEmpty()) {
              clean.put(key, List.copyOf(kept));
            }
          });
    }
    values = Map.copyOf(clean);
  }

  public static final SurveyAnswers NONE = new SurveyAnswers(Map.of());

  public List<String> of(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** These answers with those given now in place of the earlier ones to the same questions. */
  public SurveyAnswers with(SurveyAnswers later) {
    Map<String, List<String>> merged = new LinkedHashMap<>(values);
    merged.putAll(later.values);
    return new SurveyAnswers(merged);
  }

  /**
   * Every broken rule against the survey's questions: answers only to its questions, scores whole
   * numbers inside the question's scale, texts up to {@value #TEXT_MAX} characters, choices among
   * the question's own (one for a single choice). {@code finishing} also needs every required
   * question answered and at least one answer.
   */
  public List<FieldError> check(SurveyDraft survey, boolean finishing) {
    List<FieldError> errors = new ArrayList<>();
    for (String key : values.keySet()) {
      if (survey.question(key) == null) {
        errors.add(
            FieldError.of(
                "answers." + key, "survey.validation.noSuchQuestion", "No such question."));
      }
    }
    for (Question q : survey.questions()) {
      String field = "answers." + q.key();
      List<String> given = of(q.key());
      if (given.isEmpty()) {
        if (finishing && q.required()) {
          errors.add(FieldError.of(field, "survey.validation.answerRequired", "Please answer."));
        }
        continue;
      }
      FieldError e = wrong(q, given);
      if (e != null) {
        errors.add(new FieldError(field, e.messageKey(), e.args(), e.message()));
      }
    }
    if (finishing && values.isEmpty() && errors.isEmpty()) {
      errors.add(
          FieldError.of("answers", "survey.validation.nothing", "Answer at least one question."));
    }
    return errors;
  }

  private static FieldError wrong(Question q, List<String> given) {
    if (q.kind() == QuestionKind.MULTIPLE) {
      return given.stream().allMatch(v -> choice(q, v))
          ? null
          : FieldError.of("", "survey.validation.choice", "Choose among the choices.");
    }
    if (given.size() > 1) {
      return FieldError.of("", "survey.validation.oneAnswer", "Give one answer.");
    }
    String v = given.get(0);
    return switch (q.kind()) {
      case NPS, CSAT, CES ->
          score(v) != null && score(v) >= q.min() && score(v) <= q.max()
              ? null
              : FieldError.of(
                  "",
                  "validation.range",
                  "Must be a whole number from {0} to {1}.",
                  q.min(),
                  q.max());
      case TEXT ->
          v.codePointCount(0, v.length()) <= TEXT_MAX
              ? null
              : FieldError.of("", "validation.tooLong", "At most {0} characters.", TEXT_MAX);
      default ->
          choice(q, v)
              ? null
              : FieldError.of("", "survey.validation.choice", "Choose among the choices.");
    };
  }

  private static boolean choice(Question q, String v) {
    return q.choices().stream().anyMatch(c -> c.key().equals(v));
  }

  /** A whole number written in ASCII digits (no sign, no decimals), or null. */
  private static Integer score(String v) {
    return v.length() <= 2 && v.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        ? Integer.valueOf(v)
        : null;
  }

  /** The scores of the (valid) answers, each null when its question was not answered. */
  public Scores scores(SurveyDraft survey) {
    Integer nps = null;
    Integer csat = null;
    Integer csatScale = null;
    Integer ces = null;
    Integer cesScale = null;
    for (Question q : survey.questions()) {
      List<String> given = of(q.key());
      if (given.isEmpty() || !q.kind().scored()) {
        continue;
      }
      int v = Integer.parseInt(given.get(0));
      switch (q.kind()) {
        case NPS -> nps = v;
        case CSAT -> {
          csat = v;
          csatScale = q.scale();
        }
        default -> {
          ces = v;
          cesScale = q.scale();
        }
      }
    }
    return new Scores(nps, csat, csatScale, ces, cesScale);
  }

  /**
   * The answers that are not scores, as the feedback's text in the survey's language: an open
   * answer as written, a choice as "question: choice, choice"; one per paragraph; null when none.
   */
  public String text(SurveyDraft survey, String language) {
    List<String> parts = new ArrayList<>();
    for (Question q : survey.questions()) {
      List<String> given = of(q.key());
      if (given.isEmpty() || q.kind().scored()) {
        continue;
      }
      if (q.kind() == QuestionKind.TEXT) {
        parts.add(given.get(0));
      } else {
        parts.add(
            q.text(language)
                + ": "
                + q.choices().stream()
                    .filter(c -> given.contains(c.key()))
                    .map(c -> c.text(language))
                    .collect(Collectors.joining(", ")));
      }
    }
    return parts.isEmpty() ? null : String.join("\n\n", parts);
  }
}
