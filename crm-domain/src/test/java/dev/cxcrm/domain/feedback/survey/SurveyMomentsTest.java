package dev.cxcrm.domain.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SurveyMomentsTest {
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  @Test
  void only_recent_events_and_positive_emotion_are_moments_to_ask() {
    assertThat(SurveyMoments.recent(NOW.minus(Duration.ofDays(30)), NOW)).isTrue();
    assertThat(SurveyMoments.recent(NOW.minus(Duration.ofDays(30)).minusSeconds(1), NOW)).isFalse();
    assertThat(SurveyMoments.recent(null, NOW)).isFalse();
    assertThat(SurveyMoments.positive(1)).isTrue();
    assertThat(SurveyMoments.positive(2)).isTrue();
    assertThat(SurveyMoments.positive(0)).isFalse();
    assertThat(SurveyMoments.positive(-1)).isFalse();
    assertThat(SurveyMoments.positive(null)).isFalse();
  }

  @Test
  void an_anniversary_is_a_whole_year_or_more_and_29_february_is_kept_on_28_february() {
    LocalDate today = LocalDate.of(2026, 12, 2);
    assertThat(SurveyMoments.anniversary(LocalDate.of(2025, 12, 2), today)).isTrue();
    assertThat(SurveyMoments.anniversary(LocalDate.of(2016, 12, 2), today)).isTrue();
    assertThat(SurveyMoments.anniversary(LocalDate.of(2026, 12, 2), today)).isFalse();
    assertThat(SurveyMoments.anniversary(LocalDate.of(2025, 12, 3), today)).isFalse();
    assertThat(SurveyMoments.anniversary(null, today)).isFalse();

    LocalDate feb28 = LocalDate.of(2027, 2, 28);
    assertThat(SurveyMoments.anniversariesOn(feb28))
        .containsExactly(MonthDay.of(2, 28), MonthDay.of(2, 29));
    assertThat(SurveyMoments.anniversary(LocalDate.of(2024, 2, 29), feb28)).isTrue();
    assertThat(SurveyMoments.anniversariesOn(LocalDate.of(2028, 2, 28)))
        .containsExactly(MonthDay.of(2, 28));
    assertThat(SurveyMoments.anniversary(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29)))
        .isTrue();
  }
}
