package dev.cxcrm.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {
  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

  @Test
  void without_linked_customers_the_score_is_the_entered_count_times_severity() {
    PriorityScore s = PriorityScore.of(0, 12, 4);
    assertThat(s.value()).isEqualTo(48);
    assertThat(s.affectedCustomers()).isEqualTo(12);
    assertThat(s.basis()).isEqualTo(PriorityScore.Basis.ENTERED);
  }

  @Test
  void linked_customers_replace_the_entered_count() {
    PriorityScore s = PriorityScore.of(3, 12, 4);
    assertThat(s.value()).isEqualTo(12);
    assertThat(s.basis()).isEqualTo(PriorityScore.Basis.LINKED);
  }

  @Test
  void nobody_affected_scores_zero() {
    assertThat(PriorityScore.of(0, 0, 5).value()).isZero();
  }

  @Test
  void severity_outside_one_to_five_is_no_score() {
    assertThatThrownBy(() -> PriorityScore.of(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PriorityScore.of(1, 0, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_pain_point_keeps_its_score_in_step_with_links_and_severity() {
    PainPoint p =
        PainPoint.create(
            new PainPointDraft(5L, "待ち時間が長い", null, 3, 10, null).normalised(), "sato", NOW);
    assertThat(p.score()).isEqualTo(30);
    assertThat(p.affectedCustomers()).isEqualTo(10);

    p.linkCustomers(List.of(101L, 102L), "sato", NOW);
    assertThat(p.score()).isEqualTo(6);
    assertThat(p.priority().basis()).isEqualTo(PriorityScore.Basis.LINKED);

    p.linkCustomers(List.of(102L), "sato", NOW);
    assertThat(p.customerIds()).containsExactly(101L, 102L);

    p.update(new PainPointDraft(5L, "待ち時間が長い", null, 5, 10, null).normalised(), "sato", NOW);
    assertThat(p.score()).isEqualTo(10);

    p.unlinkCustomer(101L, "sato", NOW);
    p.unlinkCustomer(102L, "sato", NOW);
    assertThat(p.score()).isEqualTo(50);
    assertThat(p.priority().basis()).isEqualTo(PriorityScore.Basis.ENTERED);
  }

  @Test
  void the_rules_name_every_bad_field() {
    PainPointDraft bad = new PainPointDraft(null, " ", "x".repeat(4001), 6, -1, null).normalised();
    InvalidInput e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInput.class, () -> PainPointRules.check(bad));
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly("touchpointId", "title", "description", "severity", "affectedCount");
  }

  @Test
  void a_blank_count_is_zero_and_a_blank_status_is_open() {
    PainPointDraft d = new PainPointDraft(1L, " 説明不足 ", " ", 1, null, null).normalised();
    PainPointRules.check(d);
    assertThat(d.title()).isEqualTo("説明不足");
    assertThat(d.description()).isNull();
    assertThat(d.affectedCount()).isZero();
    assertThat(d.status()).isEqualTo(PainPointStatus.OPEN);
  }
}
