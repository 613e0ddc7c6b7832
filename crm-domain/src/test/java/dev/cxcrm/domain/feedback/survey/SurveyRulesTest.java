package dev.cxcrm.domain.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {
  static final Question NPS =
      new Question(null, QuestionKind.NPS, null, "おすすめしますか", "Recommend us?", true, null);
  static final Question CSAT =
      new Question(null, QuestionKind.CSAT, 5, "満足度", "Satisfied?", false, null);
  static final Question WHY =
      new Question("why", QuestionKind.TEXT, null, "理由", "Why?", false, null);
  static final Question WHAT =
      new Question(
          "what",
          QuestionKind.MULTIPLE,
          null,
          "よかった点",
          "What was good?",
          false,
          List.of(new Choice(null, "価格", "Price"), new Choice("staff", "スタッフ", "Staff")));

  static SurveyDraft survey(Question... questions) {
    return SurveyRules.normalized(
        new SurveyDraft(
            " 購入後 ", "ご購入後アンケート", "After your purchase", null, null, null, List.of(questions)));
  }

  private static List<String> fields(SurveyDraft d) {
    return SurveyRules.check(d).stream().map(FieldError::field).toList();
  }

  @Test
  void normalizing_keys_questions_and_choices_by_their_place_and_defaults_the_recontact_period() {
    SurveyDraft d = survey(NPS, CSAT, WHY, WHAT);
    assertThat(d.name()).isEqualTo("購入後");
    assertThat(d.recontactDays()).isEqualTo(90);
    assertThat(d.questions()).extracting(Question::key).containsExactly("q1", "q2", "why", "what");
    assertThat(d.question("what").choices()).extracting(Choice::key).containsExactly("c1", "staff");
    assertThat(fields(d)).isEmpty();
  }

  @Test
  void each_score_is_asked_at_most_once_and_csat_and_ces_name_their_scale() {
    assertThat(fields(survey(NPS, NPS))).containsExactly("questions[1].kind");
    assertThat(fields(survey(WHY, WHY))).containsExactly("questions[1].key");
    assertThat(
            fields(
                survey(
                    new Question("a", QuestionKind.CES, 6, "労力", "Effort", true, null),
                    new Question("b", QuestionKind.CSAT, null, "満足", "Satisfied", true, null))))
        .containsExactly("questions[0].scale", "questions[1].scale");
    // A scale on an NPS question is dropped, not refused: NPS is always 0–10.
    assertThat(survey(new Question("n", QuestionKind.NPS, 5, "a", "b", true, null)).questions())
        .extracting(Question::scale)
        .containsOnlyNulls();
  }

  @Test
  void texts_in_both_languages_choices_only_on_choice_questions_and_at_least_one_question() {
    assertThat(fields(survey())).containsExactly("questions");
    assertThat(fields(new SurveyDraft(null, null, "x", null, null, -1, List.of(WHY))))
        .containsExactly("name", "titleJa", "recontactDays");
    assertThat(
            fields(
                survey(
                    new Question(
                        "t",
                        QuestionKind.TEXT,
                        null,
                        "質問",
                        " ",
                        false,
                        List.of(new Choice("a", "a", "a"))))))
        .containsExactly("questions[0].en", "questions[0].choices");
    assertThat(
            fields(
                survey(
                    new Question(
                        "Bad Key",
                        QuestionKind.SINGLE,
                        null,
                        "a",
                        "b",
                        false,
                        List.of(new Choice("x", "x", "x"))))))
        .containsExactly("questions[0].key", "questions[0].choices");
  }

  @Test
  void answers_are_checked_against_the_questions_of_the_version_asked() {
    SurveyDraft d = survey(NPS, CSAT, WHY, WHAT);
    assertThat(
            new SurveyAnswers(Map.of("q1", List.of("0"), "what", List.of("c1", "staff")))
                .check(d, true))
        .isEmpty();
    List<String> wrong =
        new SurveyAnswers(
                Map.of(
                    "q1", List.of("6.5"),
                    "q2", List.of("6"),
                    "what", List.of("c9"),
                    "nope", List.of("x")))
            .check(d, true).stream().map(FieldError::field).toList();
    assertThat(wrong)
        .containsExactlyInAnyOrder("answers.q1", "answers.q2", "answers.what", "answers.nope");
    assertThat(new SurveyAnswers(Map.of("q1", List.of("11"))).check(d, false)).hasSize(1);
    assertThat(new SurveyAnswers(Map.of("q1", List.of("-1"))).check(d, false)).hasSize(1);
    assertThat(new SurveyAnswers(Map.of("q1", List.of("１０"))).check(d, false)).hasSize(1);
  }

  @Test
  void a_required_question_must_be_answered_to_finish_but_not_to_save_for_later() {
    SurveyDraft d = survey(NPS, WHY);
    SurveyAnswers partial = new SurveyAnswers(Map.of("why", List.of("  遅かった  ")));
    assertThat(partial.check(d, false)).isEmpty();
    assertThat(partial.check(d, true)).extracting(FieldError::field).containsExactly("answers.q1");
    SurveyDraft optional = survey(WHY);
    assertThat(new SurveyAnswers(Map.of("why", List.of(" "))).check(optional, true))
        .extracting(FieldError::field)
        .containsExactly("answers");
  }

  @Test
  void the_feedback_carries_the_scores_with_their_scale_and_the_other_answers_as_text() {
    SurveyDraft d = survey(NPS, CSAT, WHY, WHAT);
    SurveyAnswers a =
        new SurveyAnswers(Map.of("q1", List.of("9")))
            .with(
                new SurveyAnswers(
                    Map.of(
                        "q2", List.of("2"), "why", List.of("早い"), "what", List.of("staff", "c1"))));
    assertThat(a.scores(d)).isEqualTo(new Scores(9, 2, 5, null, null));
    assertThat(a.text(d, "ja")).isEqualTo("早い\n\nよかった点: 価格, スタッフ");
    assertThat(a.text(d, "en")).isEqualTo("早い\n\nWhat was good?: Price, Staff");
    assertThat(SurveyAnswers.NONE.scores(d)).isEqualTo(Scores.NONE);
    assertThat(SurveyAnswers.NONE.text(d, "ja")).isNull();
  }

  @Test
  void a_later_answer_to_the_same_question_replaces_the_earlier_one() {
    SurveyAnswers a =
        new SurveyAnswers(Map.of("q1", List.of("3"), "why", List.of("a")))
            .with(new SurveyAnswers(Map.of("q1", List.of("8"))));
    assertThat(a.values()).isEqualTo(Map.of("q1", List.of("8"), "why", List.of("a")));
  }

  @Test
  void a_new_question_never_takes_the_key_of_another() {
    // q1 was removed; the kept q2 moved to the first place and a new question came second.
    SurveyDraft d =
        SurveyRules.normalized(
            new SurveyDraft(
                "n",
                "t",
                "t",
                null,
                null,
                null,
                List.of(
                    new Question("q2", QuestionKind.TEXT, null, "a", "a", false, null),
                    new Question(null, QuestionKind.TEXT, null, "b", "b", false, null),
                    new Question(null, QuestionKind.TEXT, null, "c", "c", false, null))));
    assertThat(d.questions()).extracting(Question::key).containsExactly("q2", "q3", "q4");
    assertThat(SurveyRules.check(d)).isEmpty();
  }
}
