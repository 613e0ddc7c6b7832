package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackCountsTest {
  private static FeedbackCounts sum(List<FeedbackCounts> rows) {
    return rows.stream().reduce(FeedbackCounts.NONE, FeedbackCounts::plus);
  }

  @Test
  void one_piece_of_feedback_counts_each_score_in_its_group_and_on_its_scale() {
    FeedbackCounts c = FeedbackCounts.of(9, 4, 5, 3, 7, 2);
    assertThat(c.promoters()).isEqualTo(1);
    assertThat(c.passives() + c.detractors()).isZero();
    assertThat(c.csat5()).isEqualTo(new ScaleTally(AnswerScale.FIVE, 1, 1, 4));
    assertThat(c.csat7().n()).isZero();
    assertThat(c.ces7()).isEqualTo(new ScaleTally(AnswerScale.SEVEN, 1, 1, 3));
    assertThat(c.ces5().n()).isZero();
    assertThat(c.reviews()).isEqualTo(1);
    assertThat(c.stars()).isEqualTo(2);
    assertThat(FeedbackCounts.of(null, null, null, null, null, null).isEmpty()).isTrue();
    assertThat(FeedbackCounts.of(7, null, null, null, null, null).passives()).isEqualTo(1);
    assertThat(FeedbackCounts.of(6, null, null, null, null, null).detractors()).isEqualTo(1);
  }

  @Test
  void added_rows_give_the_figures_of_all_their_answers() {
    // NPS 10, 9, 8, 3, 0: 2 promoters, 1 passive, 2 detractors -> (2 - 2) * 100 / 5 = 0.
    // CSAT 5/5, 2/5 and 6/7: 2 satisfied of 3 = 66.67 %; mixed scales, so no single mean.
    // CES 1/5 and 4/5: 1 low effort of 2; mean (1 + 4) / 2 = 2.5. Stars 4 and 5: 4.5 over 2.
    FeedbackCounts c =
        sum(
            List.of(
                FeedbackCounts.of(10, 5, 5, 1, 5, 4),
                FeedbackCounts.of(9, 2, 5, 4, 5, 5),
                FeedbackCounts.of(8, 6, 7, null, null, null),
                FeedbackCounts.of(3, null, null, null, null, null),
                FeedbackCounts.of(0, null, null, null, null, null)));
    assertThat(c.nps().n()).isEqualTo(5);
    assertThat(c.nps().value()).isEqualTo(0.0);
    assertThat(c.csat().n()).isEqualTo(3);
    assertThat(c.csat().percent()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(c.csat().mean()).isNull();
    assertThat(c.csat().means()).isEqualTo(Map.of(AnswerScale.FIVE, 3.5, AnswerScale.SEVEN, 6.0));
    assertThat(c.ces().n()).isEqualTo(2);
    assertThat(c.ces().lowEffortPercent()).isEqualTo(50.0);
    assertThat(c.ces().mean()).isEqualTo(2.5);
    assertThat(c.reviewAverage().n()).isEqualTo(2);
    assertThat(c.reviewAverage().mean()).isEqualTo(4.5);
  }

  @Test
  void no_answers_give_no_figures_not_zero() {
    FeedbackCounts none = FeedbackCounts.NONE;
    assertThat(none.nps().value()).isNull();
    assertThat(none.csat().percent()).isNull();
    assertThat(none.ces().mean()).isNull();
    assertThat(none.reviewAverage().mean()).isNull();
  }

  @Test
  void a_score_off_its_scale_is_refused() {
    assertThatThrownBy(() -> FeedbackCounts.of(11, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedbackCounts.of(null, 6, 5, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedbackCounts.of(null, null, null, 2, 6, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedbackCounts.of(null, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
