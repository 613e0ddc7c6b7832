package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerStageTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T00:00:00Z");

  private static Customer newCustomer() {
    return Customer.create(
        new CustomerDraft(
            CustomerKind.PERSON,
            "段階 太郎",
            null,
            null,
            null,
            null,
            RelationshipType.LONG_TERM,
            Lifecycle.PROSPECT,
            null,
            Set.of(),
            new ConsentChoice(false, false, false, false),
            LocalDate.of(2026, 11, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        "admin",
        T0);
  }

  @Test
  void a_new_customer_starts_at_awareness_since_its_creation() {
    Customer c = newCustomer();
    assertThat(c.stage()).isEqualTo(JourneyStage.AWARENESS);
    assertThat(c.stageSince()).isEqualTo(T0);
  }

  @Test
  void a_move_returns_the_stage_left_and_records_when() {
    Customer c = newCustomer();
    assertThat(c.moveTo(JourneyStage.PURCHASE, T1)).isEqualTo(JourneyStage.AWARENESS);
    assertThat(c.stage()).isEqualTo(JourneyStage.PURCHASE);
    assertThat(c.stageSince()).isEqualTo(T1);
    assertThat(c.updatedAt()).isEqualTo(T1);
  }

  @Test
  void a_move_to_the_same_stage_changes_nothing() {
    Customer c = newCustomer();
    assertThat(c.moveTo(JourneyStage.AWARENESS, T1)).isNull();
    assertThat(c.stageSince()).isEqualTo(T0);
    assertThat(c.updatedAt()).isEqualTo(T0);
  }

  @Test
  void editing_the_customer_leaves_its_stage_alone() {
    Customer c = newCustomer();
    c.moveTo(JourneyStage.SERVICE, T1);
    c.update(c.toDraft().withOwner("sato"), T1.plusSeconds(60));
    assertThat(c.stage()).isEqualTo(JourneyStage.SERVICE);
    assertThat(c.stageSince()).isEqualTo(T1);
  }
}
