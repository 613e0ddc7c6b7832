package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cxcrm.domain.shared.RelationshipType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer is one since the day it is created, unless the draft says since when. */
class CustomerSinceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void a_draft_without_customer_since_takes_the_given_day() {
    CustomerDraft prospect =
        CustomerDraft.prospect("鈴森 花子", RelationshipType.SELF_SERVICE, null)
            .withExternalIds(List.of(new ExternalId("shop", "4711")));

    CustomerDraft dated = prospect.sinceOr(TODAY);

    assertThat(dated.customerSince()).isEqualTo(TODAY);
    assertThat(dated)
        .usingRecursiveComparison()
        .ignoringFields("customerSince")
        .isEqualTo(prospect);
    assertThatCode(() -> CustomerRules.check(dated, TODAY)).doesNotThrowAnyException();
  }

  @Test
  void a_draft_with_customer_since_keeps_its_own_date() {
    LocalDate since = LocalDate.of(2020, 4, 1);
    CustomerDraft prospect = CustomerDraft.prospect("鈴森 花子", RelationshipType.LONG_TERM, since);

    assertThat(prospect.sinceOr(TODAY)).isSameAs(prospect);
  }
}
