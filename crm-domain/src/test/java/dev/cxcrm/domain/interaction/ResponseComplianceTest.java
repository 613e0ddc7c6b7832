package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.ResponseTally;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResponseComplianceTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void share_in_time_counts_answered_and_overdue_contacts_but_not_pending_ones() {
    // Answered after 30, 60 (at the deadline) and 61 minutes, one overdue, one pending: the middle
    // of 1800, 3600, 3660 s is 3600, the p90 at rank ceil(2.7) = 3 is 3660.
    ComplianceFigures f = new ResponseTally("EMAIL", 2, 1, 1, 1, 3, 3600L, 3600L, 3660L).figures();
    assertThat(f).isEqualTo(new ComplianceFigures("EMAIL", 4, 2, 1, 1, 1, 50.0, 3, 60.0, 61.0));
  }

  @Test
  void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
    // 10, 20, 25, 40 minutes: middle values 20 and 25.
    ComplianceFigures f = new ResponseTally("x", 4, 0, 0, 0, 4, 1200L, 1500L, 2400L).figures();
    assertThat(f.medianMinutes()).isEqualTo(22.5);
    assertThat(f.p90Minutes()).isEqualTo(40.0);
    assertThat(f.inTimePercent()).isEqualTo(100.0);
  }

  @Test
  void no_answers_means_no_median_and_nothing_decided_means_no_share() {
    ComplianceFigures pendingOnly =
        new ResponseTally("x", 0, 0, 0, 1, 0, null, null, null).figures();
    assertThat(pendingOnly.decided()).isZero();
    assertThat(pendingOnly.inTimePercent()).isNull();
    assertThat(pendingOnly.medianMinutes()).isNull();
    assertThat(pendingOnly.p90Minutes()).isNull();

    ComplianceFigures overdueOnly =
        new ResponseTally("x", 0, 0, 1, 0, 0, null, null, null).figures();
    assertThat(overdueOnly.inTimePercent()).isEqualTo(0.0);
    assertThat(overdueOnly.medianMinutes()).isNull();
  }

  @Test
  void a_week_is_keyed_by_its_monday() {
    assertThat(ResponseCompliance.mondayOf(LocalDate.of(2026, 11, 12)))
        .isEqualTo(LocalDate.of(2026, 11, 9));
    assertThat(ResponseCompliance.mondayOf(LocalDate.of(2026, 11, 23)))
        .isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(ResponseCompliance.mondayOf(LocalDate.of(2026, 11, 29)))
        .isEqualTo(LocalDate.of(2026, 11, 23));
  }
}
