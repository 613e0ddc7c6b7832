package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.web.shared.JsonInput;
import java.io.InputStream;
import java.util.Set;

/**
 * A survey in request JSON, read by {@link JsonInput}: unknown fields refused on their path ({@code
 * questions[1].choices[0].jp}), the read-only fields of {@link SurveyView} ignored.
 */
final class SurveyJson {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "titleJa",
          "titleEn",
          "introJa",
          "introEn",
          "recontactDays",
          "active",
          "questions");
  private static final Set<String> READ_ONLY =
      Set.of("id", "number", "answers", "changedAt", "changedBy", "version");
  private static final Set<String> QUESTION =
      Set.of("key", "kind", "scale", "ja", "en", "required", "choices");
  private static final Set<String> CHOICE = Set.of("key", "ja", "en");

  /** The definition and whether the survey is active (true when left out). */
  record Input(SurveyDraft draft, boolean active) {}

  private SurveyJson() {}

  static Input read(InputStream body) {
    JsonInput in = JsonInput.of(JsonInput.parseObject(body), FIELDS, READ_ONLY);
    in.require("questions");
    SurveyDraft d =
        new SurveyDraft(
            in.string("name"),
            in.string("titleJa"),
            in.string("titleEn"),
            in.string("introJa"),
            in.string("introEn"),
            in.integer("recontactDays"),
            in.objects("questions", QUESTION, SurveyJson::question));
    Boolean active = in.bool("active");
    in.done();
    return new Input(d, active == null || active);
  }

  private static Question question(JsonInput q) {
    Boolean required = q.bool("required");
    return new Question(
        q.string("key"),
        q.enumValue("kind", QuestionKind.class),
        q.integer("scale"),
        q.string("ja"),
        q.string("en"),
        required != null && required,
        q.objects(
            "choices", CHOICE, c -> new Choice(c.string("key"), c.string("ja"), c.string("en"))));
  }
}
