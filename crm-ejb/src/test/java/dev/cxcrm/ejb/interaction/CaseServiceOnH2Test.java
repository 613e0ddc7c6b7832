package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may work a case and name its owner, as the case service enforces it on H2. */
class CaseServiceOnH2Test {
  private static H2Jpa db;
  private static CaseService service;
  private static long customer;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("cases");
    db.user("sato", "AGENT");
    db.user("tanaka", "AGENT");
    db.user("suzuki", "MANAGER");
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    customer =
        db.inTransaction(
                () ->
                    customers.create(
                        CustomerDraft.prospect(
                            "案件 顧客",
                            RelationshipType.PERSONAL_ASSISTANCE,
                            LocalDate.of(2024, 4, 1))))
            .id();
    service = InteractionServices.cases(db);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static CaseService as(String name, Role role) {
    return wire(service, caller(name, role));
  }

  private static ServiceCase opened(String owner) {
    return db.inTransaction(
        () ->
            as("suzuki", Role.MANAGER)
                .open(
                    new NewCase(
                        customer, CaseType.QUESTION, CasePriority.NORMAL, "件名", owner, List.of()))
                .serviceCase());
  }

  private static CaseChanges priority(CasePriority p) {
    return new CaseChanges(p, false, null, null, null);
  }

  @Test
  void an_agent_may_not_work_a_case_another_agent_owns() {
    ServiceCase c = opened("tanaka");
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        as("sato", Role.AGENT)
                            .change(new CaseId(c.id()), c.version(), priority(CasePriority.HIGH))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> as("sato", Role.AGENT).reopen(new CaseId(c.id()), c.version())))
        .isInstanceOf(Forbidden.class);
    assertThat(db.inTransaction(() -> as("sato", Role.AGENT).mayWork(c))).isFalse();
  }

  @Test
  void an_agent_works_an_unowned_case_and_may_take_it() {
    ServiceCase c = opened(null);
    CaseFile taken =
        db.inTransaction(
            () ->
                as("sato", Role.AGENT)
                    .change(
                        new CaseId(c.id()),
                        c.version(),
                        new CaseChanges(CasePriority.HIGH, true, "sato", null, null)));
    assertThat(taken.serviceCase().owner()).isEqualTo("sato");
    assertThat(taken.serviceCase().priority()).isEqualTo(CasePriority.HIGH);
  }

  @Test
  void an_agent_may_not_give_a_case_to_another_user() {
    ServiceCase c = opened("sato");
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        as("sato", Role.AGENT)
                            .change(
                                new CaseId(c.id()),
                                c.version(),
                                new CaseChanges(null, true, "tanaka", null, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).anyMatch(f -> f.field().equals("owner")));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        as("sato", Role.AGENT)
                            .open(
                                new NewCase(
                                    customer,
                                    CaseType.COMPLAINT,
                                    null,
                                    "押し付け",
                                    "tanaka",
                                    List.of()))))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void a_manager_works_any_case_and_gives_it_to_anyone() {
    ServiceCase c = opened("tanaka");
    CaseFile given =
        db.inTransaction(
            () ->
                as("suzuki", Role.MANAGER)
                    .change(
                        new CaseId(c.id()),
                        c.version(),
                        new CaseChanges(null, true, "sato", null, null)));
    assertThat(given.serviceCase().owner()).isEqualTo("sato");
  }
}
