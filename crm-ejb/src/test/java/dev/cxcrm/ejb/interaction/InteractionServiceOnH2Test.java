package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logging contacts on H2: an interaction belongs to its customer's owner, and a contact sent again
 * under its external id is logged once.
 */
class InteractionServiceOnH2Test {
  private static final Instant AT =
      Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  private static H2Jpa db;
  private static InteractionService service;
  private static long tanakas;
  private static long unowned;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("interactions");
    db.user("sato", "AGENT");
    db.user("tanaka", "AGENT");
    db.user("suzuki", "MANAGER");
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    CustomerDraft draft =
        CustomerDraft.prospect(
            "問合せ 顧客", RelationshipType.PERSONAL_ASSISTANCE, LocalDate.of(2024, 4, 1));
    tanakas = db.inTransaction(() -> customers.create(draft.withOwner("tanaka"))).id();
    unowned = db.inTransaction(() -> customers.create(draft)).id();
    service = InteractionServices.interactions(db);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static InteractionService as(String name, Role role) {
    return wire(service, caller(name, role));
  }

  private static InteractionDraft contact(long customer, String externalId, String subject) {
    return new InteractionDraft(
        customer,
        null,
        Channel.PHONE,
        Direction.INBOUND,
        AT,
        null,
        null,
        subject,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        externalId);
  }

  @Test
  void an_agent_may_not_log_a_contact_of_a_customer_another_agent_owns() {
    assertThatThrownBy(
            () ->
                db.inTransaction(() -> as("sato", Role.AGENT).log(contact(tanakas, null, "他人の顧客"))))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void an_agent_logs_contacts_of_its_own_and_unowned_customers_and_a_manager_of_any() {
    assertThat(
            db.inTransaction(() -> as("tanaka", Role.AGENT).log(contact(tanakas, null, "自分")))
                .created())
        .isTrue();
    assertThat(
            db.inTransaction(() -> as("sato", Role.AGENT).log(contact(unowned, null, "担当なし")))
                .created())
        .isTrue();
    assertThat(
            db.inTransaction(() -> as("suzuki", Role.MANAGER).log(contact(tanakas, null, "マネージャー")))
                .created())
        .isTrue();
  }

  @Test
  void in_a_bulk_log_only_the_rows_of_customers_the_agent_may_not_change_are_refused() {
    List<BulkOutcome> outcomes =
        db.inTransaction(
            () ->
                as("sato", Role.AGENT)
                    .logAll(List.of(contact(unowned, null, "可"), contact(tanakas, null, "不可"))));
    assertThat(outcomes.get(0).status()).isEqualTo(BulkOutcome.Status.CREATED);
    assertThat(outcomes.get(1).status()).isEqualTo(BulkOutcome.Status.REJECTED);
    assertThat(outcomes.get(1).errors()).extracting("field").containsExactly("customerId");
  }

  @Test
  void a_contact_sent_again_under_its_external_id_is_logged_once() {
    Logged first =
        db.inTransaction(() -> as("sato", Role.AGENT).log(contact(unowned, "call-1", "一回目")));
    Logged again =
        db.inTransaction(() -> as("sato", Role.AGENT).log(contact(unowned, "call-1", "一回目")));
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.interaction().id()).isEqualTo(first.interaction().id());
  }

  @Test
  void another_content_under_a_logged_external_id_is_a_conflict() {
    db.inTransaction(() -> as("sato", Role.AGENT).log(contact(unowned, "call-2", "元")));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> as("sato", Role.AGENT).log(contact(unowned, "call-2", "別の内容"))))
        .isInstanceOf(Conflict.class);
  }
}
