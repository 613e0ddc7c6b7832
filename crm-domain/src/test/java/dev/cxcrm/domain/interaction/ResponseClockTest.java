package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseClockTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T01:00:00Z");
  private static final Instant DUE = Instant.parse("2026-11-24T01:00:00Z");

  @Test
  void an_answer_exactly_at_the_deadline_is_in_time_one_second_later_is_a_breach() {
    assertThat(ResponseClock.breached(DUE, DUE, DUE.plusSeconds(3600))).isFalse();
    assertThat(ResponseClock.breached(DUE, DUE.plusSeconds(1), DUE)).isTrue();
  }

  @Test
  void without_an_answer_the_breach_starts_after_the_deadline() {
    assertThat(ResponseClock.breached(DUE, null, DUE)).isFalse();
    assertThat(ResponseClock.breached(DUE, null, DUE.plusSeconds(1))).isTrue();
  }

  @Test
  void an_answer_in_time_stays_in_time_however_late_it_is_now() {
    assertThat(ResponseClock.breached(DUE, RECEIVED.plusSeconds(60), DUE.plusSeconds(999_999)))
        .isFalse();
  }

  @Test
  void no_deadline_means_no_breach_figure() {
    assertThat(ResponseClock.breached(null, null, DUE)).isNull();
  }

  @Test
  void response_time_runs_from_the_contact_to_its_answer() {
    assertThat(ResponseClock.responseTime(RECEIVED, RECEIVED.plusSeconds(5400)))
        .contains(Duration.ofMinutes(90));
    assertThat(ResponseClock.responseTime(RECEIVED, null)).isEmpty();
    assertThat(ResponseClock.timeLeft(DUE, DUE.plusSeconds(60))).isEqualTo(Duration.ofMinutes(-1));
  }
}
