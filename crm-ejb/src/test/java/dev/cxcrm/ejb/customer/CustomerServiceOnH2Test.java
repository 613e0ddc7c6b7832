package dev.cxcrm.ejb.customer;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer use cases on a migrated H2 database without a server: who may change a customer and
 * name its owner ({@link dev.cxcrm.domain.security.Ownership}), and creates that a replay does not
 * repeat.
 */
class CustomerServiceOnH2Test {
  private static H2Jpa db;
  private static CustomerService service;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("customers");
    db.user("sato", "AGENT");
    db.user("tanaka", "AGENT");
    db.user("suzuki", "MANAGER");
    service = CustomerServices.on(db);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static CustomerService as(String name, Role role) {
    return wire(service, caller(name, role));
  }

  private static CustomerDraft draft(String name) {
    return CustomerDraft.prospect(
        name, RelationshipType.PERSONAL_ASSISTANCE, LocalDate.of(2024, 4, 1));
  }

  private static Customer created(String name, String owner) {
    return db.inTransaction(() -> as("suzuki", Role.MANAGER).create(draft(name).withOwner(owner)));
  }

  private static Customer read(long id) {
    return db.inTransaction(() -> as("suzuki", Role.MANAGER).get(new CustomerId(id)));
  }

  @Test
  void an_agent_may_not_change_a_customer_another_agent_owns() {
    Customer c = created("他人の顧客", "tanaka");
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        as("sato", Role.AGENT)
                            .update(new CustomerId(c.id()), c.version(), draft("書き換え"))))
        .isInstanceOf(Forbidden.class);
    assertThat(read(c.id()).name()).isEqualTo("他人の顧客");
  }

  @Test
  void an_agent_changes_an_unowned_customer_and_may_take_it_over() {
    Customer c = created("担当なし", null);
    Customer changed =
        db.inTransaction(
            () ->
                as("sato", Role.AGENT)
                    .update(new CustomerId(c.id()), c.version(), draft("担当あり").withOwner("sato")));
    assertThat(changed.name()).isEqualTo("担当あり");
    assertThat(read(c.id()).owner()).isEqualTo("sato");
  }

  @Test
  void an_agent_may_not_name_another_user_as_owner() {
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> as("sato", Role.AGENT).create(draft("押し付け").withOwner("tanaka"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).anyMatch(f -> f.field().equals("owner")));
  }

  @Test
  void an_agent_creating_a_customer_that_needs_an_owner_becomes_its_owner() {
    Customer c =
        db.inTransaction(
            () ->
                as("sato", Role.AGENT)
                    .create(
                        CustomerDraft.prospect(
                            "専任",
                            RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
                            LocalDate.of(2024, 4, 1))));
    assertThat(c.owner()).isEqualTo("sato");
  }

  @Test
  void a_manager_changes_any_customer_and_gives_it_to_anyone() {
    Customer c = created("引き継ぎ", "tanaka");
    db.inTransaction(
        () ->
            as("suzuki", Role.MANAGER)
                .update(new CustomerId(c.id()), c.version(), draft("引き継ぎ").withOwner("sato")));
    assertThat(read(c.id()).owner()).isEqualTo("sato");
  }

  @Test
  void a_create_repeated_with_the_same_key_and_body_returns_the_first_customer() {
    Upserted first =
        db.inTransaction(
            () -> as("sato", Role.AGENT).create(draft("冪等 一"), "key-1", "hash-of-body"));
    Upserted again =
        db.inTransaction(
            () -> as("sato", Role.AGENT).create(draft("冪等 一"), "key-1", "hash-of-body"));
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.customer().id()).isEqualTo(first.customer().id());
  }

  @Test
  void the_same_key_with_another_body_is_a_conflict_and_creates_nothing() {
    db.inTransaction(() -> as("sato", Role.AGENT).create(draft("冪等 二"), "key-2", "hash-a"));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> as("sato", Role.AGENT).create(draft("冪等 別"), "key-2", "hash-b")))
        .isInstanceOf(Conflict.class);
    assertThat(
            db.em()
                .createQuery("select count(c) from Customer c where c.name = :n", Long.class)
                .setParameter("n", "冪等 別")
                .getSingleResult())
        .isZero();
  }

  @Test
  void an_upsert_by_external_id_sent_twice_creates_one_customer_and_then_updates_it() {
    Upserted first =
        db.inTransaction(
            () ->
                as("suzuki", Role.MANAGER)
                    .upsertByExternalId("shop", "A-100", draft("外部 一"), null));
    Upserted second =
        db.inTransaction(
            () ->
                as("suzuki", Role.MANAGER)
                    .upsertByExternalId("shop", "A-100", draft("外部 一 改"), null));
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.customer().id()).isEqualTo(first.customer().id());
    assertThat(read(first.customer().id()).externalIds())
        .containsExactly(new ExternalId("shop", "A-100"));
    assertThat(read(first.customer().id()).name()).isEqualTo("外部 一 改");
  }

  @Test
  void an_agent_may_not_upsert_over_a_customer_another_agent_owns() {
    db.inTransaction(
        () ->
            as("suzuki", Role.MANAGER)
                .upsertByExternalId("shop", "B-200", draft("外部 二").withOwner("tanaka"), null));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        as("sato", Role.AGENT)
                            .upsertByExternalId("shop", "B-200", draft("乗っ取り"), null)))
        .isInstanceOf(Forbidden.class);
  }
}
