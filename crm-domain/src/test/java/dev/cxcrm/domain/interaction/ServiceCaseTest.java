package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceCaseTest {
  private static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant LATER = Instant.parse("2026-03-02T05:00:00Z");
  private static final RootCause DELIVERY =
      RootCause.create(RootCauseCategory.PROCESS, "配送手配の遅れ", "Delayed dispatch");

  private static ServiceCase complaint() {
    return ServiceCase.open(7L, CaseType.COMPLAINT, null, " 商品が届かない ", "tanaka", "tanaka", OPENED);
  }

  @Test
  void a_new_case_is_open_normal_priority_never_reopened_and_not_yet_decided_for_fcr() {
    ServiceCase c = complaint();
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.priority()).isEqualTo(CasePriority.NORMAL);
    assertThat(c.subject()).isEqualTo("商品が届かない");
    assertThat(c.reopenCount()).isZero();
    assertThat(c.firstContactResolution()).isNull();
    assertThat(c.openedAt()).isEqualTo(OPENED);
  }

  @Test
  void a_case_needs_a_type_and_a_subject() {
    assertThatThrownBy(() -> ServiceCase.open(7L, null, null, " ", null, "sato", OPENED))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("type", "subject"));
  }

  @Test
  void one_inbound_contact_answered_twice_by_the_agent_is_a_first_contact_resolution() {
    ServiceCase c = complaint();
    c.resolve(DELIVERY, "再発送しました", new CaseContacts(1, 2), "tanaka", LATER);

    assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(c.firstContactResolution()).isTrue();
    assertThat(c.resolution()).isEqualTo("再発送しました");
    assertThat(c.resolvedAt()).isEqualTo(LATER);
    assertThat(c.resolvedBy()).isEqualTo("tanaka");
  }

  @Test
  void a_customer_who_had_to_get_in_touch_twice_was_not_resolved_at_first_contact() {
    ServiceCase c = complaint();
    c.resolve(DELIVERY, "再発送しました", new CaseContacts(2, 1), "tanaka", LATER);
    assertThat(c.firstContactResolution()).isFalse();
  }

  @Test
  void a_case_without_any_inbound_contact_is_not_a_first_contact_resolution() {
    ServiceCase c = complaint();
    c.resolve(DELIVERY, "電話で説明しました", new CaseContacts(0, 1), "tanaka", LATER);
    assertThat(c.firstContactResolution()).isFalse();
  }

  @Test
  void a_reopened_case_is_never_a_first_contact_resolution_even_with_one_inbound_contact() {
    ServiceCase c = complaint();
    c.resolve(DELIVERY, "再発送しました", new CaseContacts(1, 0), "tanaka", LATER);
    assertThat(c.firstContactResolution()).isTrue();

    c.reopen();
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.reopenCount()).isEqualTo(1);
    assertThat(c.firstContactResolution()).isFalse();
    assertThat(c.resolvedAt()).isNull();

    c.resolve(DELIVERY, "今度こそ届きました", new CaseContacts(1, 3), "tanaka", LATER);
    assertThat(c.firstContactResolution()).isFalse();
    assertThat(c.reopenCount()).isEqualTo(1);
  }

  @Test
  void resolving_without_root_cause_or_resolution_names_both_fields_and_changes_nothing() {
    ServiceCase c = complaint();
    assertThatThrownBy(() -> c.resolve(null, "  ", new CaseContacts(1, 0), "tanaka", LATER))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("rootCauseId", "resolution"));
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.resolvedAt()).isNull();
    assertThat(c.firstContactResolution()).isNull();
  }

  @Test
  void a_deactivated_root_cause_cannot_be_chosen() {
    RootCause old = RootCause.create(RootCauseCategory.STAFF, "旧分類", "Old category");
    old.edit(RootCauseCategory.STAFF, "旧分類", "Old category", false);
    ServiceCase c = complaint();
    assertThatThrownBy(() -> c.resolve(old, "対応済み", new CaseContacts(1, 0), "sato", LATER))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("rootCauseId"));
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void only_a_resolved_case_can_be_reopened_and_a_resolved_case_is_not_resolved_again() {
    ServiceCase c = complaint();
    assertThatThrownBy(c::reopen).isInstanceOf(Conflict.class);
    c.resolve(DELIVERY, "再発送しました", new CaseContacts(1, 0), "tanaka", LATER);
    assertThatThrownBy(() -> c.resolve(DELIVERY, "もう一度", new CaseContacts(1, 0), "tanaka", LATER))
        .isInstanceOf(Conflict.class);
    assertThat(c.resolution()).isEqualTo("再発送しました");
  }

  @Test
  void status_moves_freely_between_open_and_in_progress_but_not_to_or_from_resolved() {
    ServiceCase c = complaint();
    c.changeStatus(CaseStatus.IN_PROGRESS);
    assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    c.changeStatus(CaseStatus.OPEN);
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThatThrownBy(() -> c.changeStatus(CaseStatus.RESOLVED))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));

    c.resolve(DELIVERY, "再発送しました", new CaseContacts(1, 0), "tanaka", LATER);
    assertThatThrownBy(() -> c.changeStatus(CaseStatus.IN_PROGRESS))
        .isInstanceOf(InvalidInput.class);
    assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
  }

  @Test
  void a_root_cause_needs_a_category_and_both_names() {
    assertThatThrownBy(() -> RootCause.create(null, "", "x".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("category", "nameJa", "nameEn"));
  }
}
