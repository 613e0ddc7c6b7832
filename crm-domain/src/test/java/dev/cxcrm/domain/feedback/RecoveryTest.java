package dev.cxcrm.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {
  private static final ReportPeriod NOVEMBER =
      new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private static Recovery.Case nps(int before, Integer after) {
    return new Recovery.Case(before, 0, 10, after, after == null ? null : 10);
  }

  @Test
  void the_share_of_followed_up_answers_whose_next_answer_was_better() {
    // Hand-computed: 4 -> 8 better, 6 -> 6 not, 3 -> 2 not, 0 -> 1 better; 5 -> none pending.
    Recovery r =
        Recovery.of(NOVEMBER, List.of(nps(4, 8), nps(6, 6), nps(3, 2), nps(0, 1), nps(5, null)));
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.recovered()).isEqualTo(2);
    assertThat(r.pending()).isEqualTo(1);
    assertThat(r.rate()).isEqualTo(50.0);
  }

  @Test
  void csat_compares_on_the_share_of_its_scale_so_a_change_of_scale_is_fair() {
    // 2 on 1..5 is 0.25 of the scale; 3 on 1..7 is 0.33: better. 2/5 -> 2/7 (0.17): worse.
    assertThat(Recovery.of(NOVEMBER, List.of(new Recovery.Case(2, 1, 5, 3, 7))).recovered())
        .isEqualTo(1);
    assertThat(Recovery.of(NOVEMBER, List.of(new Recovery.Case(2, 1, 5, 2, 7))).recovered())
        .isZero();
  }

  @Test
  void no_answer_after_a_follow_up_is_no_rate_not_zero() {
    Recovery none = Recovery.of(NOVEMBER, List.of(nps(3, null)));
    assertThat(none.n()).isZero();
    assertThat(none.pending()).isEqualTo(1);
    assertThat(none.rate()).isNull();
    assertThat(Recovery.of(NOVEMBER, List.of()).rate()).isNull();
  }
}
