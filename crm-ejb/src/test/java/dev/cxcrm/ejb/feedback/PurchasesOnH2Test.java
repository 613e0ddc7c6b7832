package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.Purchase;
import dev.cxcrm.domain.feedback.PurchaseDraft;
import dev.cxcrm.domain.feedback.ReferralDraft;
import dev.cxcrm.domain.feedback.ReferralStatus;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Purchases and referrals on H2: pushed once per external id, checked, paged newest first. */
class PurchasesOnH2Test {
  private static final Instant AT =
      Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  private static H2Jpa db;
  private static long shopper;
  private static long friend;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("purchases");
    db.user("tanaka", "AGENT");
    db.user("sato", "AGENT");
    db.user("suzuki", "MANAGER");
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    CustomerDraft d =
        CustomerDraft.prospect("購入 顧客", RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1));
    shopper = db.inTransaction(() -> customers.create(d.withOwner("tanaka"))).id();
    friend = db.inTransaction(() -> customers.create(d.withName("紹介先 顧客"))).id();
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  static PurchaseService as(String name, Role role) {
    return wire(
        new PurchaseService(),
        caller(name, role),
        wire(new PurchaseRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new CustomerQueries(), db.dataSource()),
        TestBeans.tokyo(),
        TestBeans.noEvents());
  }

  private static PurchaseDraft purchase(String amount, Instant at, String external) {
    return new PurchaseDraft(shopper, at, new BigDecimal(amount), "JPY", "コーヒー豆", external);
  }

  @Test
  void a_purchase_is_recorded_once_per_external_id_and_the_customers_read_newest_first() {
    PurchaseService s = as("suzuki", Role.MANAGER);
    var first = db.inTransaction(() -> s.purchase(purchase("3200", AT, "order-1")));
    assertThat(first.created()).isTrue();
    var again = db.inTransaction(() -> s.purchase(purchase("3200.00", AT, "order-1")));
    assertThat(again.created()).isFalse();
    assertThat(again.record().id()).isEqualTo(first.record().id());
    assertThatThrownBy(() -> db.inTransaction(() -> s.purchase(purchase("3300", AT, "order-1"))))
        .isInstanceOf(Conflict.class);

    List<BulkOutcome> out =
        db.inTransaction(
            () ->
                s.purchases(
                    List.of(
                        purchase("1200", AT.plusSeconds(60), "order-2"),
                        purchase("99.5", AT, "order-3"),
                        purchase("800", AT.plusSeconds(120), null),
                        purchase("500", AT, null).withCustomerId(987654321L))));
    assertThat(out)
        .extracting(BulkOutcome::status)
        .containsExactly(
            BulkOutcome.Status.CREATED,
            BulkOutcome.Status.REJECTED,
            BulkOutcome.Status.CREATED,
            BulkOutcome.Status.REJECTED);
    assertThat(out.get(1).errors()).extracting(FieldError::field).containsExactly("amount");
    assertThat(out.get(3).errors()).extracting(FieldError::field).containsExactly("customerId");

    Page<Purchase> page = s.purchasesOf(new CustomerId(shopper), null, 2);
    assertThat(page.items())
        .extracting(p -> p.content().amount())
        .containsExactly(new BigDecimal("800"), new BigDecimal("1200"));
    assertThat(s.purchasesOf(new CustomerId(shopper), page.next(), 2).items())
        .extracting(p -> p.content().amount().toPlainString())
        .containsExactly("3200");
  }

  @Test
  void a_referral_names_a_known_customer_and_agents_record_for_their_own() {
    PurchaseService tanaka = as("tanaka", Role.AGENT);
    ReferralDraft r = new ReferralDraft(shopper, AT, null, friend, null, "ref-1");
    var made = db.inTransaction(() -> tanaka.referral(r));
    assertThat(made.record().content().status()).isEqualTo(ReferralStatus.RECEIVED);
    List<BulkOutcome> out =
        db.inTransaction(
            () ->
                tanaka.referrals(
                    List.of(
                        r.withExternalId(null).withReferredCustomerId(987654321L),
                        r.withExternalId(null).withReferredCustomerId(shopper))));
    assertThat(out.get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("referredCustomerId");
    assertThat(out.get(1).errors())
        .extracting(FieldError::field)
        .containsExactly("referredCustomerId");
    assertThatThrownBy(
            () -> db.inTransaction(() -> as("sato", Role.AGENT).referral(r.withExternalId("x"))))
        .isInstanceOf(Forbidden.class);
    assertThat(tanaka.referralsBy(new CustomerId(shopper), null, 10).items())
        .extracting(x -> x.content().referredCustomerId())
        .containsExactly(friend);
  }
}
