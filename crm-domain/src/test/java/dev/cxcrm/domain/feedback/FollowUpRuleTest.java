package dev.cxcrm.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

  private static boolean opens(Scores s, Instant at) {
    return FollowUpRule.opens(FeedbackDraft.of(FeedbackKind.SURVEY, 7, at).withScores(s), NOW);
  }

  @Test
  void a_detractor_or_a_csat_of_one_or_two_opens_a_follow_up() {
    assertThat(opens(new Scores(6, null, null, null, null), NOW)).isTrue();
    assertThat(opens(new Scores(0, null, null, null, null), NOW)).isTrue();
    assertThat(opens(new Scores(7, null, null, null, null), NOW)).as("a passive").isFalse();
    assertThat(opens(new Scores(null, 2, 5, null, null), NOW)).isTrue();
    assertThat(opens(new Scores(null, 2, 7, null, null), NOW)).isTrue();
    assertThat(opens(new Scores(null, 3, 5, null, null), NOW)).isFalse();
    assertThat(opens(new Scores(10, 1, 5, null, null), NOW)).as("any unhappy answer").isTrue();
    assertThat(opens(new Scores(null, null, null, 5, 5), NOW)).as("CES opens none").isFalse();
    assertThat(opens(Scores.NONE, NOW)).isFalse();
  }

  @Test
  void an_answer_older_than_thirty_days_is_history() {
    Scores detractor = new Scores(3, null, null, null, null);
    assertThat(opens(detractor, NOW.minus(Duration.ofDays(30)))).isTrue();
    assertThat(opens(detractor, NOW.minus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
  }

  @Test
  void closing_says_what_was_done_and_how_it_ended() {
    assertThat(FollowUpRules.check(" ", null))
        .extracting(e -> e.field())
        .containsExactly("action", "outcome");
    assertThat(FollowUpRules.check("お電話でお詫び", "再購入の意向あり")).isEmpty();
  }
}
