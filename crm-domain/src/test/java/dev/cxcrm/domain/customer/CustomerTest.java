package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T00:00:00Z");

  private static Customer suzumori() {
    CustomerDraft d =
        new CustomerDraft(
            CustomerKind.PERSON,
            "鈴森 花子",
            "すずもり はなこ",
            "Hanako@Example.JP",
            "03-1234-5678",
            null,
            RelationshipType.LONG_TERM,
            Lifecycle.ACTIVE,
            null,
            Set.of("東京"),
            new ConsentChoice(true, false, false, false),
            LocalDate.of(2020, 4, 1),
            null,
            null,
            null,
            null,
            null,
            "ja",
            null,
            null,
            null);
    return Customer.create(d, "admin", T0);
  }

  @Test
  void sorts_by_kana_reading_and_finds_by_folded_name_kana_email_and_phone_digits() {
    Customer c = suzumori();
    assertThat(c.sortKey()).isEqualTo("スズモリ ハナコ");
    assertThat(c.email()).isEqualTo("hanako@example.jp");
    String text = Customer.searchTextOf(c.name(), c.nameKana(), c.email(), c.phone());
    assertThat(text).contains("鈴森 花子", "スズモリ ハナコ", "hanako@example.jp", "0312345678");
  }

  @Test
  void without_a_kana_reading_the_list_sorts_by_the_folded_name() {
    Customer c =
        Customer.create(
            CustomerDraft.prospect(
                "ＡＢＣ商店", RelationshipType.TRANSACTIONAL, LocalDate.of(2024, 1, 1)),
            "admin",
            T0);
    assertThat(c.sortKey()).isEqualTo("abc商店");
  }

  @Test
  void an_update_records_exactly_the_fields_that_changed_with_old_and_new_values() {
    Customer c = suzumori();
    CustomerDraft d = c.toDraft();
    CustomerDraft changed =
        new CustomerDraft(
            d.kind(),
            d.name(),
            d.nameKana(),
            d.email(),
            "090-0000-1111",
            d.address(),
            RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
            d.lifecycle(),
            "sato",
            Set.of("東京", "VIP"),
            new ConsentChoice(true, true, false, false),
            d.customerSince(),
            null,
            null,
            d.externalIds(),
            d.contacts(),
            d.preferredChannel(),
            d.preferredLanguage(),
            d.importantDates(),
            null,
            null);
    List<FieldChange> changes = c.update(changed, T1);
    assertThat(changes)
        .containsExactly(
            new FieldChange("phone", "03-1234-5678", "090-0000-1111"),
            new FieldChange("relationshipType", "LONG_TERM", "DEDICATED_PERSONAL_ASSISTANCE"),
            new FieldChange("owner", null, "sato"),
            new FieldChange("segments", "東京", "VIP, 東京"),
            new FieldChange("consent.survey", "false", "true"));
    assertThat(c.updatedAt()).isEqualTo(T1);
    assertThat(c.consent().surveyChangedAt()).isEqualTo(T1);
    assertThat(c.consent().emailChangedAt())
        .as("an unchanged consent keeps its timestamp")
        .isEqualTo(T0);
  }

  @Test
  void an_unchanged_draft_changes_nothing() {
    Customer c = suzumori();
    assertThat(c.update(c.toDraft(), T1)).isEmpty();
    assertThat(c.updatedAt()).isEqualTo(T0);
  }

  @Test
  void reactivation_clears_the_churn_date_and_reason() {
    Customer c = suzumori();
    CustomerDraft d = c.toDraft();
    c.update(
        new CustomerDraft(
            d.kind(),
            d.name(),
            d.nameKana(),
            d.email(),
            d.phone(),
            d.address(),
            d.relationshipType(),
            Lifecycle.CHURNED,
            d.owner(),
            d.segments(),
            d.consent(),
            d.customerSince(),
            LocalDate.of(2026, 10, 1),
            "引っ越し",
            d.externalIds(),
            d.contacts(),
            d.preferredChannel(),
            d.preferredLanguage(),
            d.importantDates(),
            null,
            null),
        T1);
    assertThat(c.churnedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    CustomerDraft back = c.toDraft();
    List<FieldChange> changes =
        c.update(
            new CustomerDraft(
                back.kind(),
                back.name(),
                back.nameKana(),
                back.email(),
                back.phone(),
                back.address(),
                back.relationshipType(),
                Lifecycle.ACTIVE,
                back.owner(),
                back.segments(),
                back.consent(),
                back.customerSince(),
                null,
                null,
                back.externalIds(),
                back.contacts(),
                back.preferredChannel(),
                back.preferredLanguage(),
                back.importantDates(),
                null,
                null),
            T1);
    assertThat(changes)
        .extracting(FieldChange::field)
        .containsExactly("lifecycle", "churnedOn", "churnReason");
    assertThat(c.churnedOn()).isNull();
    assertThat(c.churnReason()).isNull();
  }

  @Test
  void the_first_audit_entry_lists_the_fields_the_customer_was_created_with() {
    List<FieldChange> created = Customer.createdFields(suzumori());
    assertThat(created)
        .extracting(FieldChange::field)
        .contains(
            "kind",
            "name",
            "nameKana",
            "email",
            "phone",
            "relationshipType",
            "lifecycle",
            "segments",
            "consent.email",
            "customerSince",
            "preferredLanguage")
        .doesNotContain("owner", "churnedOn", "consent.survey");
    assertThat(created)
        .filteredOn(f -> !f.field().startsWith("consent."))
        .allSatisfy(f -> assertThat(f.oldValue()).isNull());
    assertThat(created)
        .filteredOn(f -> f.field().equals("consent.email"))
        .containsExactly(new FieldChange("consent.email", "false", "true"));
  }

  @Test
  void archiving_keeps_the_first_archive_time() {
    Customer c = suzumori();
    c.archive("sato", T1);
    c.archive("tanaka", T1.plusSeconds(60));
    assertThat(c.archivedAt()).isEqualTo(T1);
    assertThat(c.archivedBy()).isEqualTo("sato");
  }

  @Test
  void a_contact_in_the_audit_trail_shows_only_its_known_parts() {
    assertThat(new Contact("森田 一郎", "購買部長", null, " ").toString()).isEqualTo("森田 一郎 / 購買部長");
  }
}
