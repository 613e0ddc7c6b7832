package dev.cxcrm.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyEditorTest {

  private static Survey stored(Question... questions) {
    SurveyDraft d = new SurveyDraft("n", "t", "t", null, null, 90, List.of(questions));
    return new Survey(1, 1, 1, true, d, 0, Instant.EPOCH, "admin");
  }

  private static Question text(String key) {
    return new Question(key, QuestionKind.TEXT, null, "ja", "en", false, List.of());
  }

  @Test
  void loaded_questions_keep_their_keys_and_new_ones_are_left_to_the_rules() {
    SurveyEditor e = SurveyEditor.of(stored(text("q1"), text("q2")));
    e.addQuestion();

    SurveyDraft d = e.toDraft();

    assertThat(d.questions()).extracting(Question::key).containsExactly("q1", "q2", null);
    assertThat(SurveyRules.normalized(d).questions())
        .extracting(Question::key)
        .containsExactly("q1", "q2", "q3");
  }

  @Test
  void a_new_question_moved_onto_the_place_of_a_kept_key_gets_a_free_key() {
    SurveyEditor e = SurveyEditor.of(stored(text("q1"), text("q2")));
    e.addQuestion();
    e.move(2, -1);
    e.move(1, -1);

    SurveyDraft d = SurveyRules.normalized(e.toDraft());

    assertThat(d.questions()).extracting(Question::key).containsExactly("q3", "q1", "q2");
    assertThat(SurveyRules.check(d)).extracting(f -> f.field()).doesNotContain("questions[0].key");
  }

  @Test
  void only_a_choice_question_sends_its_choices_and_a_scale_only_a_scaled_one() {
    SurveyEditor e = SurveyEditor.blank();
    SurveyEditor.QuestionRow q = e.getQuestions().get(0);
    q.setKind(QuestionKind.SINGLE);
    assertThat(q.getChoices()).hasSize(2);
    q.setKind(QuestionKind.CSAT);

    Question sent = e.toDraft().questions().get(0);

    assertThat(sent.choices()).isEmpty();
    assertThat(sent.scale()).isEqualTo(5);
  }

  @Test
  void loaded_choices_keep_their_keys_and_a_new_one_does_not_take_a_kept_key() {
    Question single =
        new Question(
            "q1",
            QuestionKind.SINGLE,
            null,
            "ja",
            "en",
            true,
            List.of(new Choice("c2", "b", "b"), new Choice("c3", "c", "c")));
    SurveyEditor e = SurveyEditor.of(stored(single));
    e.getQuestions().get(0).removeChoice(1);
    e.getQuestions().get(0).addChoice();

    List<Choice> sent = SurveyRules.normalized(e.toDraft()).questions().get(0).choices();

    assertThat(sent).extracting(Choice::key).containsExactly("c2", "c3");
  }

  @Test
  void rule_fields_name_the_inputs_of_the_editor() {
    assertThat(SurveysPage.inputOf("titleEn")).isEqualTo("titleEn");
    assertThat(SurveysPage.inputOf("questions")).isEqualTo("questionsGroup");
    assertThat(SurveysPage.inputOf("questions[2].en")).isEqualTo("questions:2:en");
    assertThat(SurveysPage.inputOf("questions[0].scale")).isEqualTo("questions:0:scale");
    assertThat(SurveysPage.inputOf("questions[1].key")).isEqualTo("questions:1:question");
    assertThat(SurveysPage.inputOf("questions[1].choices")).isEqualTo("questions:1:choicesGroup");
    assertThat(SurveysPage.inputOf("questions[1].choices[0].ja"))
        .isEqualTo("questions:1:choices:0:ja");
    assertThat(SurveysPage.inputOf("questions[1].choices[3].key"))
        .isEqualTo("questions:1:choicesGroup");
  }
}
