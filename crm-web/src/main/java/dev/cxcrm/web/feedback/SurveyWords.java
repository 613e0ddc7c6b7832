package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * The words around a survey's questions in the language the survey is shown in (not the staff
 * member's: a manager previews the English survey from the Japanese UI), and the points of its
 * scales, for {@code WEB-INF/includes/survey-questions.xhtml}.
 */
@Named
@ApplicationScoped
public class SurveyWords {
  private static final String BUNDLE = "dev.cxcrm.web.feedback.messages";
  private static final int SCALE_UNSET = 5;

  /** The text under {@code key} in ja or en (anything else is ja), or the key when missing. */
  public String text(String language, String key) {
    ResourceBundle b =
        ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE);
    return b.containsKey(key) ? b.getString(key) : key;
  }

  /** The points a score question offers, as the answer values: "0" to "10", "1" to its scale. */
  public List<String> points(Question q) {
    return IntStream.rangeClosed(q.min(), top(q)).mapToObj(Integer::toString).toList();
  }

  /** The meaning of the lowest point ("very dissatisfied"; for CES "very easy"). */
  public String low(Question q, String language) {
    return text(language, "survey.answer." + q.kind().name() + ".low");
  }

  /** The meaning of the highest point ("very satisfied"; for CES "very difficult"). */
  public String high(Question q, String language) {
    return text(language, "survey.answer." + q.kind().name() + ".high");
  }

  /** The highest point (5 while a scale is not chosen yet), shown beside its meaning. */
  public int top(Question q) {
    return q.kind().scaled() && q.scale() == null ? SCALE_UNSET : q.max();
  }
}
