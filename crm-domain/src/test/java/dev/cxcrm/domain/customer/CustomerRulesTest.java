package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static CustomerDraft draft(RelationshipType type) {
    return CustomerDraft.prospect("鈴森 花子", type, LocalDate.of(2020, 4, 1));
  }

  private static List<String> fieldsOf(CustomerDraft d) {
    InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> CustomerRules.check(d, TODAY));
    assertThat(e).as("the draft should be refused").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void accepts_a_minimal_prospect() {
    assertThatCode(() -> CustomerRules.check(draft(RelationshipType.TRANSACTIONAL), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void dedicated_personal_assistance_requires_an_owner() {
    CustomerDraft d = draft(RelationshipType.DEDICATED_PERSONAL_ASSISTANCE);
    InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> CustomerRules.check(d, TODAY));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("owner");
              assertThat(err.messageKey()).isEqualTo("validation.ownerRequired");
              assertThat(err.message()).contains("relationship manager");
            });
    assertThatCode(() -> CustomerRules.check(d.withOwner("sato"), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void every_other_relationship_type_may_have_no_owner() {
    for (RelationshipType t : RelationshipType.values()) {
      if (t != RelationshipType.DEDICATED_PERSONAL_ASSISTANCE) {
        assertThatCode(() -> CustomerRules.check(draft(t), TODAY))
            .as(t.name())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void reports_every_broken_rule_with_its_field_at_once() {
    CustomerDraft d =
        new CustomerDraft(
            CustomerKind.PERSON,
            " ",
            "suzuki",
            "not-an-address",
            "call me",
            null,
            null,
            Lifecycle.ACTIVE,
            null,
            null,
            null,
            TODAY.plusDays(1),
            null,
            null,
            null,
            null,
            null,
            "fr",
            null,
            null,
            null);
    assertThat(fieldsOf(d))
        .containsExactlyInAnyOrder(
            "name",
            "nameKana",
            "email",
            "phone",
            "relationshipType",
            "customerSince",
            "preferredLanguage");
  }

  @Test
  void a_churned_customer_needs_a_churn_date_not_before_customer_since() {
    CustomerDraft base = draft(RelationshipType.LONG_TERM);
    CustomerDraft noDate = churned(base, null, "価格");
    assertThat(fieldsOf(noDate)).containsExactly("churnedOn");
    CustomerDraft before = churned(base, LocalDate.of(2019, 1, 1), "価格");
    assertThat(fieldsOf(before)).containsExactly("churnedOn");
    assertThatCode(() -> CustomerRules.check(churned(base, LocalDate.of(2025, 3, 1), "価格"), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void only_a_churned_customer_has_a_churn_date() {
    CustomerDraft d =
        new CustomerDraft(
            CustomerKind.PERSON,
            "A",
            null,
            null,
            null,
            null,
            RelationshipType.LONG_TERM,
            Lifecycle.ACTIVE,
            null,
            null,
            null,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2021, 1, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fieldsOf(d)).containsExactly("churnedOn");
  }

  @Test
  void a_person_has_no_contacts_but_a_company_has() {
    List<Contact> contacts =
        List.of(new Contact("山田 太郎", "購買部長", "yamada@example.jp", "03-1234-5678"));
    CustomerDraft person = withKindAndContacts(CustomerKind.PERSON, contacts);
    assertThat(fieldsOf(person)).containsExactly("contacts");
    assertThatCode(
            () -> CustomerRules.check(withKindAndContacts(CustomerKind.COMPANY, contacts), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void one_external_id_per_system() {
    CustomerDraft d =
        draft(RelationshipType.SELF_SERVICE)
            .withExternalIds(List.of(new ExternalId("shop", "1"), new ExternalId("shop", "2")));
    assertThat(fieldsOf(d)).containsExactly("externalIds[1].system");
  }

  @Test
  void kana_accepts_hiragana_katakana_and_spaces_and_is_stored_as_katakana() {
    CustomerDraft d =
        new CustomerDraft(
            CustomerKind.PERSON,
            "鈴森 花子",
            "すずもり　はなこ",
            null,
            null,
            null,
            RelationshipType.LONG_TERM,
            Lifecycle.ACTIVE,
            null,
            Set.of(" 東京 ", ""),
            null,
            LocalDate.of(2020, 1, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThatCode(() -> CustomerRules.check(d, TODAY)).doesNotThrowAnyException();
    assertThat(d.nameKana()).isEqualTo("スズモリ ハナコ");
    assertThat(d.segments()).containsExactly("東京");
  }

  @Test
  void customer_since_may_be_historical_but_not_before_1900() {
    assertThatCode(
            () ->
                CustomerRules.check(
                    draft(RelationshipType.LONG_TERM).withCustomerSince(LocalDate.of(1965, 5, 1)),
                    TODAY))
        .doesNotThrowAnyException();
    assertThat(
            fieldsOf(
                draft(RelationshipType.LONG_TERM).withCustomerSince(LocalDate.of(1899, 12, 31))))
        .containsExactly("customerSince");
  }

  @Test
  void contact_hours_are_both_ends_or_none_and_end_after_they_start() {
    CustomerDraft d = draft(RelationshipType.LONG_TERM);
    assertThatCode(
            () ->
                CustomerRules.check(
                    d.withContactFrom(LocalTime.of(10, 0)).withContactUntil(LocalTime.of(18, 0)),
                    TODAY))
        .doesNotThrowAnyException();
    assertThat(fieldsOf(d.withContactFrom(LocalTime.of(10, 0)))).containsExactly("contactUntil");
    assertThat(fieldsOf(d.withContactUntil(LocalTime.of(18, 0)))).containsExactly("contactFrom");
    CustomerDraft backwards =
        d.withContactFrom(LocalTime.of(18, 0)).withContactUntil(LocalTime.of(10, 0));
    InvalidInput e =
        catchThrowableOfType(InvalidInput.class, () -> CustomerRules.check(backwards, TODAY));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("contactUntil");
              assertThat(err.messageKey()).isEqualTo("validation.hoursOrder");
            });
    assertThat(fieldsOf(d.withContactFrom(LocalTime.of(9, 0)).withContactUntil(LocalTime.of(9, 0))))
        .containsExactly("contactUntil");
  }

  @Test
  void contact_hours_keep_minutes_only_and_read_as_daily_hours() {
    CustomerDraft d =
        draft(RelationshipType.LONG_TERM)
            .withContactFrom(LocalTime.of(10, 0, 59))
            .withContactUntil(LocalTime.of(18, 30));
    assertThat(d.contactFrom()).isEqualTo(LocalTime.of(10, 0));
    assertThat(d.contactHours()).hasToString("10:00–18:30");
    assertThat(draft(RelationshipType.LONG_TERM).contactHours()).isNull();
  }

  private static CustomerDraft churned(CustomerDraft b, LocalDate on, String reason) {
    return new CustomerDraft(
        b.kind(),
        b.name(),
        b.nameKana(),
        b.email(),
        b.phone(),
        b.address(),
        b.relationshipType(),
        Lifecycle.CHURNED,
        b.owner(),
        b.segments(),
        b.consent(),
        b.customerSince(),
        on,
        reason,
        b.externalIds(),
        b.contacts(),
        b.preferredChannel(),
        b.preferredLanguage(),
        b.importantDates(),
        null,
        null);
  }

  private static CustomerDraft withKindAndContacts(CustomerKind kind, List<Contact> contacts) {
    return new CustomerDraft(
        kind,
        "株式会社サンプル",
        null,
        null,
        null,
        null,
        RelationshipType.LONG_TERM,
        Lifecycle.ACTIVE,
        null,
        null,
        null,
        LocalDate.of(2020, 1, 1),
        null,
        null,
        null,
        contacts,
        null,
        null,
        null,
        null,
        null);
  }
}
