package dev.cxcrm.domain.feedback.survey;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A survey as a manager writes it: its name (for staff), title and introduction in ja and en, how
 * many days must pass before the same customer is asked this survey again, and its questions.
 */
@RecordBuilder
public record SurveyDraft(
    String name,
    String titleJa,
    String titleEn,
    String introJa,
    String introEn,
    Integer recontactDays,
    List<Question> questions)
    implements SurveyDraftBuilder.With {

  public SurveyDraft {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  public String title(String language) {
    return "en".equals(language) ? titleEn : titleJa;
  }

  public String intro(String language) {
    return "en".equals(language) ? introEn : introJa;
  }

  /** The question with this key, or null. */
  public Question question(String key) {
    return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
  }
}
