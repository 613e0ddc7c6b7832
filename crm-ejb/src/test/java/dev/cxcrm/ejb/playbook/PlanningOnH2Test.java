package dev.cxcrm.ejb.playbook;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.playbook.TaskId;
import dev.cxcrm.domain.playbook.TaskStatus;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.interaction.InteractionServices;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner on H2: it makes each task once, whether it runs again, on a restarted server or after
 * downtime; it respects consent; only the lease holder plans; tasks follow their customer; and a
 * task is done by logging a proactive contact.
 */
class PlanningOnH2Test {
  private static final LocalDate TODAY = TestBeans.tokyo().today();

  private static H2Jpa db;
  private static CustomerService customers;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("planning");
    db.user("tanaka", "AGENT");
    db.user("sato", "AGENT");
    db.user("suzuki", "MANAGER");
    customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long customer(
      RelationshipType type,
      String owner,
      LocalDate since,
      ConsentChoice consent,
      ImportantDate... dates) {
    return customer(draft(type, owner, since, consent, dates));
  }

  private static CustomerDraft draft(
      RelationshipType type,
      String owner,
      LocalDate since,
      ConsentChoice consent,
      ImportantDate... dates) {
    return CustomerDraft.prospect("計画 " + type, type, since)
        .withLifecycle(Lifecycle.ACTIVE)
        .withOwner(owner)
        .withConsent(consent)
        .withPreferredChannel(Channel.EMAIL)
        .withImportantDates(List.of(dates));
  }

  private static long customer(CustomerDraft d) {
    return db.inTransaction(() -> customers.create(d)).id();
  }

  private static final ConsentChoice EMAIL = new ConsentChoice(true, false, false, false);
  private static final ConsentChoice PHONE = new ConsentChoice(false, false, true, false);

  /** customer → "step:due:assignee:status" of its tasks. */
  private static Map<Long, List<String>> tasks(long... customerIds) {
    Map<Long, List<String>> out = new TreeMap<>();
    for (long c : customerIds) {
      List<String> rows =
          db
              .em()
              .createQuery(
                  "select t from Task t where t.customerId = :c order by t.stepId, t.occurrence",
                  dev.cxcrm.domain.playbook.Task.class)
              .setParameter("c", c)
              .getResultList()
              .stream()
              .map(
                  t ->
                      t.stepId()
                          + ":"
                          + t.dueOn()
                          + ":"
                          + t.assignee()
                          + ":"
                          + t.status()
                          + ":"
                          + t.channel())
              .toList();
      out.put(c, rows);
    }
    db.em().clear();
    return out;
  }

  private static Optional<LocalDate> run(TaskPlanner planner) {
    return db.inTransaction(planner::run);
  }

  private static void plannedThrough(LocalDate day) {
    db.execute(
        "update planner_lease set planned_through = date '" + day + "' where name = 'tasks'");
  }

  @Test
  void each_task_is_made_once_however_often_and_wherever_the_planner_runs() {
    plannedThrough(TODAY.minusDays(1));
    long dedicated =
        customer(
            RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
            "tanaka",
            TODAY.minusMonths(3).plusDays(5),
            EMAIL,
            new ImportantDate(ImportantDateKind.BIRTHDAY, TODAY.plusDays(10).withYear(1980), null));
    long noConsent =
        customer(
            RelationshipType.LONG_TERM, null, TODAY.minusMonths(6).plusDays(2), ConsentChoice.NONE);
    long byPhone =
        customer(RelationshipType.LONG_TERM, "tanaka", TODAY.minusMonths(6).plusDays(2), PHONE);
    long missedWhileDown =
        customer(RelationshipType.LONG_TERM, null, TODAY.minusMonths(6).minusDays(5), EMAIL);
    long transactional =
        customer(RelationshipType.TRANSACTIONAL, null, TODAY.minusMonths(6), EMAIL);

    TaskPlanner first = PlaybookServices.planner(db);
    assertThat(run(first)).contains(TODAY.plusDays(TaskPlanner.HORIZON_DAYS));
    Map<Long, List<String>> planned =
        tasks(dedicated, noConsent, byPhone, missedWhileDown, transactional);
    LocalDate quarter = TODAY.minusMonths(3).plusDays(5).plusMonths(3);
    assertThat(planned.get(dedicated))
        .containsExactly(
            "1:" + quarter + ":tanaka:OPEN:EMAIL", "4:" + TODAY.plusDays(3) + ":tanaka:OPEN:EMAIL");
    assertThat(planned.get(noConsent)).as("no agreed channel, no task").isEmpty();
    assertThat(planned.get(byPhone))
        .as("the team's, by the channel the customer agreed to")
        .containsExactly("7:" + TODAY.plusDays(2) + ":null:OPEN:PHONE");
    assertThat(planned.get(missedWhileDown)).as("due before the window").isEmpty();
    assertThat(planned.get(transactional)).as("nothing personal").isEmpty();

    // The same day again, and on a restarted server: nothing new.
    run(first);
    run(PlaybookServices.planner(db));
    assertThat(tasks(dedicated, noConsent, byPhone, missedWhileDown, transactional))
        .isEqualTo(planned);

    // Down for ten days: the next run plans the days it missed, and only those.
    plannedThrough(TODAY.minusDays(10));
    run(PlaybookServices.planner(db));
    Map<Long, List<String>> caughtUp =
        tasks(dedicated, noConsent, byPhone, missedWhileDown, transactional);
    assertThat(caughtUp.get(missedWhileDown))
        .containsExactly(
            "7:" + TODAY.minusMonths(6).minusDays(5).plusMonths(6) + ":null:OPEN:EMAIL");
    caughtUp.remove(missedWhileDown);
    planned.remove(missedWhileDown);
    assertThat(caughtUp).isEqualTo(planned);
  }

  @Test
  void a_call_waits_for_contact_hours_that_meet_the_business_hours_or_becomes_a_letter() {
    plannedThrough(TODAY.minusDays(1));
    ConsentChoice phoneAndEmail = new ConsentChoice(true, false, true, false);
    LocalDate since = TODAY.minusMonths(6).plusDays(4);
    CustomerDraft base =
        draft(RelationshipType.LONG_TERM, null, since, phoneAndEmail)
            .withPreferredChannel(Channel.PHONE);
    long daytime =
        customer(base.withContactFrom(LocalTime.of(10, 0)).withContactUntil(LocalTime.of(12, 0)));
    long evenings =
        customer(base.withContactFrom(LocalTime.of(19, 0)).withContactUntil(LocalTime.of(21, 0)));
    long eveningsPhoneOnly =
        customer(
            base.withConsent(PHONE)
                .withContactFrom(LocalTime.of(19, 0))
                .withContactUntil(LocalTime.of(21, 0)));
    run(PlaybookServices.planner(db));
    Map<Long, List<String>> planned = tasks(daytime, evenings, eveningsPhoneOnly);
    String due = "7:" + since.plusMonths(6) + ":null:OPEN:";
    assertThat(planned.get(daytime)).containsExactly(due + "PHONE");
    assertThat(planned.get(evenings))
        .as("nobody works from 19:00 to 21:00 (the calendar's 09:00-18:00): an e-mail")
        .containsExactly(due + "EMAIL");
    assertThat(planned.get(eveningsPhoneOnly))
        .as("no channel reaches them when they may be reached")
        .isEmpty();

    TaskService service = PlaybookServices.tasks(db, caller("suzuki", Role.MANAGER));
    var item = service.forCustomer(new CustomerId(daytime)).stream().findFirst().orElseThrow();
    assertThat(item.contactHours()).hasToString("10:00–12:00");
    var letter = service.forCustomer(new CustomerId(evenings)).stream().findFirst().orElseThrow();
    assertThat(letter.contactHours()).hasToString("19:00–21:00");
    assertThat(letter.outsideContactHours()).as("an e-mail is read when they choose").isFalse();
  }

  @Test
  void only_the_server_that_holds_the_lease_plans() {
    TaskPlanning planning = PlaybookServices.planning(db);
    assertThat(db.inTransaction(() -> planning.lease("other-server", Duration.ofMinutes(30))))
        .isTrue();
    plannedThrough(TODAY.minusDays(1));
    long waiting =
        customer(RelationshipType.LONG_TERM, null, TODAY.minusMonths(6).plusDays(1), EMAIL);
    assertThat(run(PlaybookServices.planner(db))).isEmpty();
    assertThat(tasks(waiting).get(waiting)).isEmpty();

    db.inTransaction(() -> planning.release("other-server", TODAY.minusDays(1)));
    assertThat(run(PlaybookServices.planner(db))).isPresent();
    assertThat(tasks(waiting).get(waiting)).hasSize(1);
  }

  @Test
  void open_tasks_follow_their_customers_owner_type_consent_and_hours() {
    long c =
        customer(
            RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
            "tanaka",
            TODAY.minusMonths(3).plusDays(4),
            EMAIL);
    TaskPlanning planning = PlaybookServices.planning(db);
    LocalDate horizon = TODAY.plusDays(TaskPlanner.HORIZON_DAYS);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(c)), horizon));
    assertThat(tasks(c).get(c)).containsExactly("1:" + TODAY.plusDays(4) + ":tanaka:OPEN:EMAIL");

    db.execute("update customer set owner = 'sato' where id = " + c);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(c)), horizon));
    assertThat(tasks(c).get(c)).containsExactly("1:" + TODAY.plusDays(4) + ":sato:OPEN:EMAIL");

    // Reachable by phone in the day and preferring it: the open task is a call now.
    db.execute(
        "update customer set consent_phone = true, preferred_channel = 'PHONE',"
            + " contact_from = time '10:00:00', contact_until = time '12:00:00' where id = "
            + c);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(c)), horizon));
    assertThat(tasks(c).get(c)).containsExactly("1:" + TODAY.plusDays(4) + ":sato:OPEN:PHONE");
    // Only in the evening: a letter again.
    db.execute(
        "update customer set contact_from = time '19:00:00', contact_until = time '21:00:00'"
            + " where id = "
            + c);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(c)), horizon));
    assertThat(tasks(c).get(c)).containsExactly("1:" + TODAY.plusDays(4) + ":sato:OPEN:EMAIL");

    db.execute("update customer set relationship_type = 'COMMUNITY' where id = " + c);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(c)), horizon));
    assertThat(tasks(c).get(c))
        .as(
            "the dedicated check-in no longer applies; the community's first invitation is months away")
        .containsExactly("1:" + TODAY.plusDays(4) + ":sato:CANCELLED:EMAIL");

    // Several customers at once, one of whom has left: all of its open tasks are cancelled.
    long other =
        customer(
            RelationshipType.DEDICATED_PERSONAL_ASSISTANCE,
            "tanaka",
            TODAY.minusMonths(3).plusDays(6),
            EMAIL);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(other)), horizon));
    assertThat(tasks(other).get(other))
        .containsExactly("1:" + TODAY.plusDays(6) + ":tanaka:OPEN:EMAIL");
    // Withdrawing the last consent takes the open tasks with it; giving it back plans them anew.
    db.execute("update customer set consent_email = false where id = " + other);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(other)), horizon));
    assertThat(tasks(other).get(other))
        .containsExactly("1:" + TODAY.plusDays(6) + ":tanaka:CANCELLED:EMAIL");
    db.execute("update customer set consent_email = true where id = " + other);
    db.inTransaction(() -> planning.follow(List.of(new CustomerId(other)), horizon));
    assertThat(tasks(other).get(other))
        .as("the occurrence was cancelled, and a task is never made twice")
        .containsExactly("1:" + TODAY.plusDays(6) + ":tanaka:CANCELLED:EMAIL");
    db.execute("update customer set archived_at = current_timestamp where id = " + other);
    db.inTransaction(
        () -> planning.follow(List.of(new CustomerId(c), new CustomerId(other)), horizon));
    assertThat(tasks(other).get(other))
        .containsExactly("1:" + TODAY.plusDays(6) + ":tanaka:CANCELLED:EMAIL");
    assertThat(tasks(c).get(c)).containsExactly("1:" + TODAY.plusDays(4) + ":sato:CANCELLED:EMAIL");
  }

  @Test
  void a_task_is_done_by_logging_a_proactive_contact_by_whoever_may_change_the_customer() {
    long c = customer(RelationshipType.PERSONAL_ASSISTANCE, "tanaka", TODAY.minusYears(1), EMAIL);
    db.execute(
        "insert into root_cause (id, version, category, name_ja, name_en, active)"
            + " values (9000, 1, 'OTHER', 'その他', 'Other', true)");
    db.execute(
        "insert into service_case (id, version, customer_id, type, priority, subject, status,"
            + " root_cause_id, reopen_count, opened_at, opened_by, resolved_at, resolved_by)"
            + " values (9001, 1, "
            + c
            + ", 'QUESTION', 'NORMAL', 's', 'RESOLVED', 9000, 0,"
            + " current_timestamp - interval '5' day, 'tanaka', current_timestamp - interval '3'"
            + " day, 'tanaka')");
    db.inTransaction(
        () ->
            PlaybookServices.planning(db)
                .follow(List.of(new CustomerId(c)), TODAY.plusDays(TaskPlanner.HORIZON_DAYS)));
    TaskService asTanaka = PlaybookServices.tasks(db, caller("tanaka", Role.AGENT));
    TaskService asSato = PlaybookServices.tasks(db, caller("sato", Role.AGENT));
    List<TaskItem> open = db.inTransaction(() -> asTanaka.forCustomer(new CustomerId(c)));
    assertThat(open).hasSize(1);
    TaskItem item = open.get(0);
    assertThat(item.task().assignee()).as("a team task").isNull();
    assertThat(item.step().nameEn()).isEqualTo("Check-in after a resolved case");
    TaskId id = new TaskId(item.task().id());
    int v = item.task().version();

    assertThatThrownBy(() -> db.inTransaction(() -> asSato.skip(id, v, "忙しい")))
        .as("the customer is tanaka's")
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> db.inTransaction(() -> asTanaka.skip(id, v, " ")))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> db.inTransaction(() -> asTanaka.reschedule(id, v, TODAY.minusDays(1), null)))
        .isInstanceOf(InvalidInput.class);

    TaskItem done =
        db.inTransaction(() -> asTanaka.done(id, v, new TaskDone(null, null, "その後問題なし", "満足")));
    assertThat(done.task().status()).isEqualTo(TaskStatus.DONE);
    assertThat(done.task().closedBy()).isEqualTo("tanaka");
    Interaction contact =
        db.inTransaction(
            () ->
                InteractionServices.interactions(db)
                    .get(new InteractionId(done.task().interactionId())));
    assertThat(contact.purpose()).isEqualTo(Purpose.PROACTIVE);
    assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
    assertThat(contact.subject()).isEqualTo("解決後のご様子伺い");
    assertThat(contact.outcome()).isEqualTo("満足");
    assertThatThrownBy(
            () -> db.inTransaction(() -> asTanaka.skip(id, done.task().version(), "二度目")))
        .isInstanceOf(dev.cxcrm.domain.shared.Conflict.class);
  }
}
