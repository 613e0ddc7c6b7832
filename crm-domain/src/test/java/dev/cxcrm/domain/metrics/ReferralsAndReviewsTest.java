package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.metrics.ReviewAverage.Review;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralsAndReviewsTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** May 2026 in Tokyo: [2026-04-30T15:00Z, 2026-05-31T15:00Z). */
  private static final ReportPeriod MAY =
      new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

  private static final Instant START = Instant.parse("2026-04-30T15:00:00Z");
  private static final Instant END = Instant.parse("2026-05-31T15:00:00Z");

  @Test
  void referral_volume_counts_referrals_made_in_the_period_from_its_first_instant() {
    // At the start and just before the end: in; before the start and at the end: out.
    List<Instant> referredAt = List.of(START, END.minusNanos(1), START.minusNanos(1), END);
    assertThat(ReferralVolume.of(referredAt, MAY, TOKYO).count()).isEqualTo(2);
    assertThat(ReferralVolume.of(List.of(), MAY, TOKYO).count()).isZero();
  }

  @Test
  void review_average_is_the_mean_stars_of_the_reviews_in_the_period_with_n() {
    // 5, 4, 4 in May: 13 / 3; the 1 star of April is not counted.
    ReviewAverage avg =
        ReviewAverage.of(
            List.of(
                new Review(5, START),
                new Review(4, START.plusSeconds(3600)),
                new Review(4, END.minusSeconds(1)),
                new Review(1, START.minusSeconds(1))),
            MAY,
            TOKYO);
    assertThat(avg).isEqualTo(new ReviewAverage(3, 13));
    assertThat(avg.mean()).isEqualTo(13 / 3.0);
    assertThat(avg.smallSample()).isTrue();
  }

  @Test
  void no_review_is_no_average_not_zero() {
    ReviewAverage none = ReviewAverage.of(List.of(), MAY, TOKYO);
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNull();
  }

  @Test
  void stars_off_the_scale_are_refused_by_their_value() {
    assertThatThrownBy(() -> new Review(6, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6");
    assertThatThrownBy(() -> new Review(0, START)).hasMessageContaining("0");
    assertThatThrownBy(() -> new ReviewAverage(2, 11)).isInstanceOf(IllegalArgumentException.class);
  }
}
