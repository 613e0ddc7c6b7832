package dev.cxcrm.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackRulesTest {
  private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

  private static FeedbackDraft survey(Scores scores) {
    return FeedbackDraft.of(FeedbackKind.SURVEY, 7, NOW.minusSeconds(60)).withScores(scores);
  }

  private static List<String> fields(FeedbackDraft d) {
    return FeedbackRules.check(FeedbackRules.normalized(d), NOW).stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void scores_are_whole_numbers_inside_their_scale() {
    assertThat(fields(survey(new Scores(0, 1, 5, 7, 7)))).isEmpty();
    assertThat(fields(survey(new Scores(10, 7, 7, 1, 5)))).isEmpty();
    assertThat(fields(survey(new Scores(11, null, null, null, null))))
        .containsExactly("scores.nps");
    assertThat(fields(survey(new Scores(-1, null, null, null, null))))
        .containsExactly("scores.nps");
    assertThat(fields(survey(new Scores(null, 6, 5, null, null)))).containsExactly("scores.csat");
    assertThat(fields(survey(new Scores(null, 0, 7, null, null)))).containsExactly("scores.csat");
    assertThat(fields(survey(new Scores(null, null, null, 8, 7)))).containsExactly("scores.ces");
  }

  @Test
  void csat_and_ces_name_their_scale_of_5_or_7() {
    assertThat(fields(survey(new Scores(null, 4, null, null, null))))
        .containsExactly("scores.csatScale");
    assertThat(fields(survey(new Scores(null, 4, 10, 2, 6))))
        .containsExactly("scores.csatScale", "scores.cesScale");
    FeedbackDraft unanswered = FeedbackRules.normalized(survey(new Scores(9, null, 5, null, 7)));
    assertThat(unanswered.scores())
        .as("a scale without its answer says nothing")
        .isEqualTo(new Scores(9, null, null, null, null));
  }

  @Test
  void stars_belong_to_reviews_which_need_them_and_a_site() {
    FeedbackDraft review = FeedbackDraft.of(FeedbackKind.REVIEW, 7, NOW);
    assertThat(fields(review)).containsExactlyInAnyOrder("stars", "platform", "text");
    assertThat(fields(review.withStars(5).withPlatform("Google"))).isEmpty();
    assertThat(fields(review.withStars(0).withPlatform("Google"))).containsExactly("stars");
    assertThat(fields(review.withStars(6).withPlatform("Google"))).containsExactly("stars");
    assertThat(fields(survey(new Scores(9, null, null, null, null)).withStars(4)))
        .containsExactly("stars");
    assertThat(
            fields(
                FeedbackDraft.of(FeedbackKind.SOCIAL, 7, NOW)
                    .withText("最高のサービス")
                    .withLink("javascript:alert(1)")))
        .containsExactlyInAnyOrder("platform", "link");
  }

  @Test
  void feedback_says_something_and_comes_from_someone_at_a_time_not_ahead() {
    assertThat(fields(FeedbackDraft.of(FeedbackKind.REMARK, 7, NOW).withText("  ")))
        .containsExactly("text");
    assertThat(fields(FeedbackDraft.of(FeedbackKind.REMARK, 7, NOW).withEmotion(-2))).isEmpty();
    assertThat(fields(FeedbackDraft.of(FeedbackKind.REMARK, 7, NOW).withEmotion(3)))
        .containsExactly("emotion");
    assertThat(
            fields(
                FeedbackDraft.of(FeedbackKind.REMARK, 7, NOW.plus(Duration.ofMinutes(6)))
                    .withText("早すぎる")))
        .containsExactly("receivedAt");
    assertThat(
            fields(
                FeedbackDraft.of(FeedbackKind.REMARK, 7, NOW.plus(Duration.ofMinutes(5)))
                    .withText("時計のずれは許す")))
        .isEmpty();
    assertThat(
            fields(
                new FeedbackDraft(
                    null, null, null, null, null, null, null, null, null, null, "x", null, null,
                    null, null, null, null)))
        .containsExactlyInAnyOrder("kind", "customerId", "receivedAt");
  }

  @Test
  void themes_are_trimmed_unique_sorted_and_short() {
    FeedbackDraft d =
        FeedbackRules.normalized(
            FeedbackDraft.of(FeedbackKind.EMAIL, 7, NOW)
                .withText("配送が遅い")
                .withThemes(List.of(" 配送 ", "価格", "配送", " ")));
    assertThat(d.themes()).containsExactly("価格", "配送");
    assertThat(fields(d.withThemes(List.of("あ".repeat(51))))).containsExactly("themes[0]");
  }

  @Test
  void nps_groups_csat_satisfaction_and_low_effort_on_both_scales() {
    assertThat(NpsGroup.of(0)).isEqualTo(NpsGroup.DETRACTOR);
    assertThat(NpsGroup.of(6)).isEqualTo(NpsGroup.DETRACTOR);
    assertThat(NpsGroup.of(7)).isEqualTo(NpsGroup.PASSIVE);
    assertThat(NpsGroup.of(8)).isEqualTo(NpsGroup.PASSIVE);
    assertThat(NpsGroup.of(9)).isEqualTo(NpsGroup.PROMOTER);
    assertThat(NpsGroup.of(10)).isEqualTo(NpsGroup.PROMOTER);
    assertThat(new Scores(null, 3, 5, null, null).satisfied()).isFalse();
    assertThat(new Scores(null, 4, 5, null, null).satisfied()).isTrue();
    assertThat(new Scores(null, 5, 7, null, null).satisfied()).isFalse();
    assertThat(new Scores(null, 6, 7, null, null).satisfied()).isTrue();
    assertThat(new Scores(null, null, null, 2, 5).lowEffort()).isTrue();
    assertThat(new Scores(null, null, null, 3, 5).lowEffort()).isFalse();
    assertThat(new Scores(null, null, null, 3, 7).lowEffort()).isTrue();
    assertThat(new Scores(null, null, null, 4, 7).lowEffort()).isFalse();
    assertThat(Scores.NONE.npsGroup()).isNull();
    assertThat(Scores.NONE.satisfied()).as("no answer, no score").isNull();
  }
}
