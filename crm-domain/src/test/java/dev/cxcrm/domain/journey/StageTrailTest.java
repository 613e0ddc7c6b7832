package dev.cxcrm.domain.journey;

import static dev.cxcrm.domain.shared.JourneyStage.AWARENESS;
import static dev.cxcrm.domain.shared.JourneyStage.CONSIDERATION;
import static dev.cxcrm.domain.shared.JourneyStage.PURCHASE;
import static dev.cxcrm.domain.shared.JourneyStage.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTrailTest {
  private static final Instant CREATED = Instant.parse("2026-06-01T00:00:00Z");

  private static Instant day(int d) {
    return CREATED.plusSeconds(d * 86_400L);
  }

  @Test
  void the_first_stay_began_when_the_customer_was_created() {
    StageChange first = StageTrail.of(7, CREATED).move(AWARENESS, CONSIDERATION, day(3), "sato");
    assertThat(first.customerId()).isEqualTo(7);
    assertThat(first.changedBy()).isEqualTo("sato");
    assertThat(first.enteredAt()).isEqualTo(CREATED);
    assertThat(first.toStageLastLeftAt()).isNull();
    assertThat(first.fromStageLastMovedOnAt()).isNull();
  }

  @Test
  void a_later_stay_began_with_the_previous_change() {
    StageTrail t = StageTrail.of(7, CREATED);
    t.move(AWARENESS, CONSIDERATION, day(3), "sato");
    assertThat(t.move(CONSIDERATION, PURCHASE, day(10), "sato").enteredAt()).isEqualTo(day(3));
  }

  @Test
  void a_return_to_a_stage_remembers_when_the_customer_last_left_it() {
    StageTrail t = StageTrail.of(7, CREATED);
    t.move(AWARENESS, CONSIDERATION, day(3), "sato");
    t.move(CONSIDERATION, AWARENESS, day(5), "sato");
    StageChange again = t.move(AWARENESS, CONSIDERATION, day(8), "sato");
    assertThat(again.toStageLastLeftAt()).isEqualTo(day(5));
    // It moved on from AWARENESS before, on day 3.
    assertThat(again.fromStageLastMovedOnAt()).isEqualTo(day(3));
  }

  @Test
  void a_move_back_is_a_leaving_but_no_moving_on() {
    StageTrail t = StageTrail.of(7, CREATED);
    t.move(AWARENESS, PURCHASE, day(1), "sato");
    t.move(PURCHASE, CONSIDERATION, day(2), "sato");
    t.move(CONSIDERATION, PURCHASE, day(4), "sato");
    StageChange on = t.move(PURCHASE, SERVICE, day(6), "sato");
    assertThat(on.fromStageLastMovedOnAt()).isNull();
    assertThat(t.move(SERVICE, PURCHASE, day(9), "sato").toStageLastLeftAt()).isEqualTo(day(6));
  }

  @Test
  void a_trail_rebuilt_from_the_history_continues_it() {
    StageTrail fresh = StageTrail.of(7, CREATED);
    List<StageChange> history =
        List.of(
            fresh.move(AWARENESS, CONSIDERATION, day(3), "sato"),
            fresh.move(CONSIDERATION, AWARENESS, day(5), "sato"));
    StageChange next =
        StageTrail.of(7, CREATED, history).move(AWARENESS, CONSIDERATION, day(8), "sato");
    assertThat(next.enteredAt()).isEqualTo(day(5));
    assertThat(next.toStageLastLeftAt()).isEqualTo(day(5));
    assertThat(next.fromStageLastMovedOnAt()).isEqualTo(day(3));
  }
}
