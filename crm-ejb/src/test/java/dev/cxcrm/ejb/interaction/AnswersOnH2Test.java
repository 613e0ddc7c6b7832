package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.interaction.AnswerRule;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.InteractionDraftBuilder;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer rule through the service and its SQL on H2: linked replies answer what they name,
 * proactive contacts answer nothing, replies within a case answer only that case, contacts arrive
 * in any order, and the SQL that re-settles a customer agrees with {@link AnswerRule}.
 */
class AnswersOnH2Test {
  /** A Monday two weeks back, 14:05 in Tokyo. */
  private static final Instant MONDAY =
      Instant.now().truncatedTo(ChronoUnit.DAYS).minus(14, ChronoUnit.DAYS).plusSeconds(5 * 3600);

  private static H2Jpa db;
  private static InteractionService interactions;
  private static CaseService cases;
  private static dev.cxcrm.ejb.customer.CustomerService customers;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("answers");
    db.user("suzuki", "MANAGER");
    customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    interactions = wire(InteractionServices.interactions(db), caller("suzuki", Role.MANAGER));
    cases = wire(InteractionServices.cases(db), caller("suzuki", Role.MANAGER));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long customer() {
    CustomerDraft d =
        CustomerDraft.prospect(
            "回答 顧客", RelationshipType.PERSONAL_ASSISTANCE, LocalDate.of(2024, 4, 1));
    return db.inTransaction(() -> customers.create(d)).id();
  }

  private static InteractionDraftBuilder contact(long customer, Direction d, Instant at) {
    return InteractionDraftBuilder.builder()
        .customerId(customer)
        .channel(Channel.EMAIL)
        .direction(d)
        .occurredAt(at);
  }

  private static long log(InteractionDraftBuilder b) {
    return db.inTransaction(() -> interactions.log(b.build())).interaction().id();
  }

  private static Interaction read(long id) {
    return db.inTransaction(() -> interactions.get(new InteractionId(id)));
  }

  @Test
  void each_linked_reply_answers_the_message_it_names() {
    long c = customer();
    long a = log(contact(c, Direction.INBOUND, MONDAY));
    long b = log(contact(c, Direction.INBOUND, MONDAY.plusSeconds(8160)));
    Instant nineTwentyFour = MONDAY.plus(19, ChronoUnit.HOURS).plus(19, ChronoUnit.MINUTES);
    Instant oneFifty = MONDAY.plus(23, ChronoUnit.HOURS).plus(45, ChronoUnit.MINUTES);
    long toB = log(contact(c, Direction.OUTBOUND, nineTwentyFour).replyTo(b));
    long toA = log(contact(c, Direction.OUTBOUND, oneFifty).replyTo(a));
    assertThat(read(toB).purpose()).isEqualTo(Purpose.REACTIVE);
    assertThat(read(a).answeredBy()).isEqualTo(toA);
    assertThat(read(a).answeredAt()).isEqualTo(oneFifty);
    assertThat(read(b).answeredBy()).isEqualTo(toB);
  }

  @Test
  void a_newsletter_leaves_the_message_open_a_reply_without_a_link_answers_it() {
    long c = customer();
    long message = log(contact(c, Direction.INBOUND, MONDAY));
    long newsletter = log(contact(c, Direction.OUTBOUND, MONDAY.plusSeconds(600)));
    assertThat(read(newsletter).purpose()).isEqualTo(Purpose.PROACTIVE);
    assertThat(read(message).isOpen()).isTrue();
    long reply =
        log(contact(c, Direction.OUTBOUND, MONDAY.plusSeconds(1200)).purpose(Purpose.REACTIVE));
    assertThat(read(message).answeredBy()).isEqualTo(reply);
  }

  @Test
  void a_reply_pushed_before_its_message_answers_it_when_the_message_arrives() {
    long c = customer();
    List<BulkOutcome> first =
        db.inTransaction(
            () ->
                interactions.logAll(
                    List.of(
                        contact(c, Direction.OUTBOUND, MONDAY.plusSeconds(3600))
                            .purpose(Purpose.REACTIVE)
                            .build())));
    long message = log(contact(c, Direction.INBOUND, MONDAY));
    assertThat(read(message).answeredBy()).isEqualTo(first.get(0).id());
    // In one request, in any order, the same.
    List<BulkOutcome> both =
        db.inTransaction(
            () ->
                interactions.logAll(
                    List.of(
                        contact(c, Direction.OUTBOUND, MONDAY.plusSeconds(90_000))
                            .purpose(Purpose.REACTIVE)
                            .build(),
                        contact(c, Direction.INBOUND, MONDAY.plusSeconds(86_400)).build())));
    assertThat(read(both.get(1).id()).answeredBy()).isEqualTo(both.get(0).id());
  }

  @Test
  void a_reply_within_a_case_answers_only_that_case_and_moving_contacts_re_settles() {
    long c = customer();
    long outside = log(contact(c, Direction.INBOUND, MONDAY));
    long inCase = log(contact(c, Direction.INBOUND, MONDAY.plusSeconds(60)));
    CaseFile file =
        db.inTransaction(
            () ->
                cases.open(
                    new NewCase(
                        c, CaseType.QUESTION, CasePriority.NORMAL, "件名", null, List.of(inCase))));
    long reply =
        log(
            contact(c, Direction.OUTBOUND, MONDAY.plusSeconds(600))
                .purpose(Purpose.REACTIVE)
                .caseId(file.serviceCase().id()));
    assertThat(read(inCase).answeredBy()).isEqualTo(reply);
    assertThat(read(outside).isOpen()).as("another matter, still open").isTrue();

    // Taking the reply out of the case makes it a reply to everything open before it.
    int version = file.serviceCase().version();
    db.inTransaction(
        () -> cases.detach(new CaseId(file.serviceCase().id()), version, new InteractionId(reply)));
    assertThat(read(outside).answeredBy()).isEqualTo(reply);
    // Putting it back leaves the other matter open again.
    int now =
        db.inTransaction(() -> cases.get(new CaseId(file.serviceCase().id())))
            .serviceCase()
            .version();
    db.inTransaction(() -> cases.attach(new CaseId(file.serviceCase().id()), now, List.of(reply)));
    assertThat(read(outside).isOpen()).isTrue();
    assertThat(read(outside).answeredAt()).isNull();
    assertThat(read(inCase).answeredBy()).isEqualTo(reply);
  }

  @Test
  void the_sql_that_re_settles_a_customer_agrees_with_the_rule() throws SQLException {
    long c = customer();
    long[] caseIds = new long[2];
    for (int k = 0; k < 2; k++) {
      caseIds[k] =
          db.inTransaction(
                  () ->
                      cases.open(
                          new NewCase(
                              c, CaseType.QUESTION, CasePriority.NORMAL, "件名", null, List.of())))
              .serviceCase()
              .id();
    }
    Random random = new Random(7);
    List<AnswerRule.Contact> contacts = new ArrayList<>();
    try (Connection conn = db.dataSource().getConnection()) {
      List<Long> ids = Jdbc.ids(conn, "interaction_seq", 300);
      List<AnswerRule.Contact> inbound = new ArrayList<>();
      for (long id : ids) {
        // Minutes over two days, with many at the same minute.
        Instant at = MONDAY.plus(random.nextInt(2 * 24 * 12) * 5L, ChronoUnit.MINUTES);
        Long caseId = random.nextInt(3) == 0 ? caseIds[random.nextInt(2)] : null;
        int kind = random.nextInt(10);
        AnswerRule.Contact x;
        if (kind < 5) {
          x = AnswerRule.Contact.inbound(id, at, caseId, null);
          if (random.nextInt(6) == 0) {
            x = new AnswerRule.Contact(id, Direction.INBOUND, at, false, null, caseId, null, null);
          }
          inbound.add(x);
        } else if (kind < 7) {
          x = AnswerRule.Contact.proactive(id, at);
        } else {
          Long named = null;
          List<AnswerRule.Contact> earlier =
              inbound.stream().filter(i -> !i.occurredAt().isAfter(at)).toList();
          if (kind == 9 && !earlier.isEmpty()) {
            named = earlier.get(random.nextInt(earlier.size())).id();
          }
          x = AnswerRule.Contact.reply(id, at, caseId, named);
        }
        contacts.add(x);
      }
      try (PreparedStatement s =
          conn.prepareStatement(
              "insert into interaction (id, version, customer_id, channel, direction,"
                  + " occurred_at, awaits_answer, reply_to, purpose, case_id, created_at,"
                  + " created_by) values (?, 1, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, now(), 'test')")) {
        for (AnswerRule.Contact x : contacts) {
          s.setLong(1, x.id());
          s.setLong(2, c);
          s.setString(3, x.direction().name());
          s.setObject(4, Jdbc.time(x.occurredAt()));
          s.setBoolean(5, x.awaitsAnswer());
          s.setObject(6, x.replyTo());
          s.setString(7, x.purpose() == null ? null : x.purpose().name());
          s.setObject(8, x.caseId());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    db.inTransaction(
        () -> wire(new InteractionRepository(), db.dataSource(), TestBeans.noEvents()).resettle(c));

    Map<Long, Long> stored = new HashMap<>();
    try (Connection conn = db.dataSource().getConnection();
        PreparedStatement s =
            conn.prepareStatement(
                "select id, answered_by from interaction where customer_id = ?"
                    + " and answered_by is not null")) {
      s.setLong(1, c);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          stored.put(r.getLong(1), r.getLong(2));
        }
      }
    }
    Map<Long, Long> expected = new HashMap<>();
    AnswerRule.changes(contacts).forEach((in, answer) -> expected.put(in, answer.by()));
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(stored).isEqualTo(expected);
  }
}
