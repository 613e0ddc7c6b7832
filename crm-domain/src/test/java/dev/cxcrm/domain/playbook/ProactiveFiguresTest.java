package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProactiveFiguresTest {
  @Test
  void shares_by_hand() {
    // 8 outbound contacts, 3 proactive: 37.5 %. 5 customers decided, 4 covered: 80 %; 2 pending.
    ProactiveFigures f = new ProactiveFigures("LONG_TERM", 8, 3, 4, 1, 2);
    assertThat(f.proactiveShare()).isCloseTo(37.5, within(1e-9));
    assertThat(f.decided()).isEqualTo(5);
    assertThat(f.coverage()).isCloseTo(80.0, within(1e-9));
  }

  @Test
  void nothing_to_count_is_no_figure_not_zero() {
    ProactiveFigures none = new ProactiveFigures(null, 0, 0, 0, 0, 3);
    assertThat(none.proactiveShare()).isNull();
    assertThat(none.coverage()).as("only pending customers").isNull();
    assertThat(new ProactiveFigures(null, 4, 0, 0, 2, 0).coverage()).isZero();
    assertThat(new ProactiveFigures(null, 4, 0, 0, 2, 0).proactiveShare()).isZero();
  }

  @Test
  void impossible_counts_are_refused() {
    assertThatThrownBy(() -> new ProactiveFigures(null, 2, 3, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProactiveFigures(null, 2, 1, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
