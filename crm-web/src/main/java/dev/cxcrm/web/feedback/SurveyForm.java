package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A survey's answers on a form that shows its questions (WEB-INF/includes/survey-questions.xhtml):
 * the customer's answer page and an agent's interview. Reads what the inputs hold, and puts each
 * refused answer under its question.
 */
final class SurveyForm {
  private static final String ANSWER = "answers.";

  private SurveyForm() {}

  /** The answers on the form, every value as text (choices by key). */
  static SurveyAnswers given(Map<String, Object> answers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    answers.forEach((key, value) -> out.put(key, values(value)));
    return new SurveyAnswers(out);
  }

  /**
   * Puts the words of each error about an answer under its question key in {@code byQuestion};
   * answers the other errors.
   */
  static List<FieldError> byQuestion(
      List<FieldError> errors, Map<String, String> byQuestion, Function<FieldError, String> words) {
    List<FieldError> rest = new ArrayList<>();
    for (FieldError f : errors) {
      if (f.field().startsWith(ANSWER)) {
        byQuestion.merge(
            f.field().substring(ANSWER.length()), words.apply(f), (a, b) -> a + " " + b);
      } else {
        rest.add(f);
      }
    }
    return rest;
  }

  private static List<String> values(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      c.forEach(v -> out.add(String.valueOf(v)));
    } else if (value instanceof Object[] a) {
      for (Object v : a) {
        out.add(String.valueOf(v));
      }
    } else if (value != null) {
      out.add(String.valueOf(value));
    }
    return out;
  }
}
