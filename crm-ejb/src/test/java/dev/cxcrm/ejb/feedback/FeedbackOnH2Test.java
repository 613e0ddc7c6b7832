package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.LatestScores;
import dev.cxcrm.domain.feedback.NpsGroup;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraftBuilder;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.interaction.InteractionServices;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recording feedback on H2: one record per piece, idempotent by external id, links that must be the
 * customer's own, the ownership policy, paging newest first and the latest scores.
 */
class FeedbackOnH2Test {
  private static final Instant AT =
      Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  private static H2Jpa db;
  private static long tanakas;
  private static long unowned;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("feedback");
    db.user("sato", "AGENT");
    db.user("tanaka", "AGENT");
    db.user("suzuki", "MANAGER");
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    CustomerDraft draft =
        CustomerDraft.prospect("声 顧客", RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1));
    tanakas = db.inTransaction(() -> customers.create(draft.withOwner("tanaka"))).id();
    unowned = db.inTransaction(() -> customers.create(draft)).id();
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  static FeedbackService as(String name, Role role) {
    return FeedbackServices.on(db, name, role);
  }

  static FollowUpService followUps(String name, Role role) {
    return wire(
        new FollowUpService(),
        caller(name, role),
        wire(new FollowUpRepository(), db.dataSource()),
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new CustomerQueries(), db.dataSource()),
        TestBeans.tokyo(),
        TestBeans.noEvents());
  }

  @Test
  void the_recovery_rate_counts_done_follow_ups_whose_next_answer_was_better() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    FollowUpService loop = followUps("suzuki", Role.MANAGER);
    long better = newCustomer("回復 1", null);
    long worse = newCustomer("回復 2", null);
    long waiting = newCustomer("回復 3", null);
    long stillOpen = newCustomer("回復 4", null);
    // All unhappy answers on one day twenty days ago, so the period holds nothing else.
    java.time.ZoneId tokyo = TestBeans.tokyo().zone();
    LocalDate day = LocalDate.now(tokyo).minusDays(20);
    Instant at = day.atTime(11, 0).atZone(tokyo).toInstant();
    Instant later = at.plus(5, ChronoUnit.DAYS);
    java.util.function.Function<FeedbackDraft, Long> record =
        d -> db.inTransaction(() -> s.record(d)).record().id();
    List<Long> unhappy =
        List.of(
            record.apply(nps(better, 3, at)),
            record.apply(
                FeedbackDraft.of(FeedbackKind.SURVEY, worse, at)
                    .withScores(new Scores(null, 2, 5, null, null))),
            record.apply(nps(waiting, 4, at)),
            record.apply(nps(stillOpen, 5, at)));
    record.apply(nps(better, 8, later));
    record.apply(
        FeedbackDraft.of(FeedbackKind.SURVEY, worse, later)
            .withScores(new Scores(9, 1, 5, null, null)));
    record.apply(nps(stillOpen, 10, later));
    for (long id : unhappy.subList(0, 3)) {
      var f = loop.ofFeedback(id);
      db.inTransaction(() -> loop.close(f.id(), f.version(), "お電話", "了承"));
    }
    var recovery = loop.recovery(new dev.cxcrm.domain.shared.ReportPeriod(day, day));
    assertThat(recovery.n()).as("done, with a next answer to the same question").isEqualTo(2);
    assertThat(recovery.recovered()).as("NPS 3 then 8; CSAT 2 then 1 is worse").isEqualTo(1);
    assertThat(recovery.pending()).isEqualTo(1);
    assertThat(recovery.rate()).isEqualTo(50.0);
  }

  @Test
  void a_follow_up_queue_pages_earliest_due_first() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    long c = newCustomer("頁 不満", "sato");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 3; i > 0; i--) {
      Instant at = now.minus(i, ChronoUnit.DAYS);
      db.inTransaction(() -> s.record(nps(c, 0, at)));
    }
    FollowUpService sato = followUps("sato", Role.AGENT);
    var first = sato.queue(FollowUpService.Scope.MINE, null, 2);
    assertThat(first.items()).hasSize(2);
    assertThat(first.next()).isNotNull();
    var second = sato.queue(FollowUpService.Scope.MINE, first.next(), 2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.next()).isNull();
    List<Instant> due = new ArrayList<>();
    first.items().forEach(i -> due.add(i.followUp().dueAt()));
    second.items().forEach(i -> due.add(i.followUp().dueAt()));
    assertThat(due).isSorted();
  }

  @Test
  void an_unhappy_answer_opens_one_follow_up_for_the_owner_or_the_managers_queue() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    Instant answered = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long detractor =
        db.inTransaction(() -> s.record(nps(tanakas, 4, answered).withExternalId("loop-1")))
            .record()
            .id();
    db.inTransaction(() -> s.record(nps(tanakas, 4, answered).withExternalId("loop-1")));
    long passive = db.inTransaction(() -> s.record(nps(tanakas, 8, answered))).record().id();
    long unownedLow =
        db.inTransaction(
                () ->
                    s.record(
                        FeedbackDraft.of(FeedbackKind.SURVEY, unowned, answered)
                            .withScores(new Scores(null, 1, 5, null, null))))
            .record()
            .id();
    FollowUpService tanaka = followUps("tanaka", Role.AGENT);
    var mine = tanaka.queue(FollowUpService.Scope.MINE, null, 50).items();
    assertThat(mine).extracting(i -> i.followUp().feedbackId()).containsExactly(detractor);
    var f = mine.get(0).followUp();
    assertThat(f.dueAt())
        .isEqualTo(
            InteractionServices.standards(db)
                .businessDaysAfter(answered, dev.cxcrm.domain.feedback.FollowUpRule.BUSINESS_DAYS));
    assertThat(mine.get(0).feedback().content().scores().nps()).isEqualTo(4);
    assertThat(followUps("suzuki", Role.MANAGER).ofFeedback(passive)).isNull();
    assertThat(
            followUps("suzuki", Role.MANAGER)
                .queue(FollowUpService.Scope.MANAGERS, null, 50)
                .items())
        .extracting(i -> i.followUp().feedbackId())
        .contains(unownedLow)
        .doesNotContain(detractor);
    assertThatThrownBy(() -> tanaka.queue(FollowUpService.Scope.MANAGERS, null, 50))
        .isInstanceOf(Forbidden.class);

    // Closed by its assignee with what was done; the same version again is stale.
    assertThatThrownBy(() -> followUps("sato", Role.AGENT).close(f.id(), f.version(), "a", "b"))
        .isInstanceOf(Forbidden.class);
    InvalidInput missing =
        (InvalidInput)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> tanaka.close(f.id(), f.version(), " ", null));
    assertThat(missing.errors()).extracting(FieldError::field).containsExactly("action", "outcome");
    var closed = db.inTransaction(() -> tanaka.close(f.id(), f.version(), "お電話でお詫び", "再訪の約束"));
    assertThat(closed.followUp().status()).isEqualTo(dev.cxcrm.domain.feedback.FollowUpStatus.DONE);
    assertThat(closed.followUp().closedBy()).isEqualTo("tanaka");
    assertThatThrownBy(() -> db.inTransaction(() -> tanaka.close(f.id(), f.version(), "x", "y")))
        .isInstanceOf(Conflict.class);
    assertThat(tanaka.queue(FollowUpService.Scope.MINE, null, 50).items()).isEmpty();
  }

  /** A long-term customer with this owner (null: nobody), created by a manager. */
  private static long newCustomer(String name, String owner) {
    CustomerDraft d =
        CustomerDraft.prospect(name, RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1))
            .withOwner(owner);
    return db.inTransaction(
            () -> wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER)).create(d))
        .id();
  }

  private static FeedbackDraft nps(long customer, int score, Instant at) {
    return FeedbackDraft.of(FeedbackKind.SURVEY, customer, at)
        .withScores(new Scores(score, null, null, null, null));
  }

  @Test
  void feedback_pushed_again_under_its_external_id_is_recorded_once() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    FeedbackDraft d =
        nps(tanakas, 9, AT)
            .withText(" とても丁寧でした ")
            .withThemes(List.of("対応", "対応"))
            .withExternalId("fb-once");
    var first = db.inTransaction(() -> s.record(d));
    assertThat(first.created()).isTrue();
    Feedback f = first.record();
    assertThat(f.content().text()).isEqualTo("とても丁寧でした");
    assertThat(f.content().themes()).containsExactly("対応");
    assertThat(f.createdBy()).isEqualTo("suzuki");

    var again = db.inTransaction(() -> s.record(d));
    assertThat(again.created()).isFalse();
    assertThat(again.record().id()).isEqualTo(f.id());
    assertThatThrownBy(() -> db.inTransaction(() -> s.record(d.withText("別の内容"))))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void a_bulk_answers_each_row_and_writes_only_the_good_ones() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    List<FeedbackDraft> rows = new ArrayList<>();
    rows.add(nps(unowned, 3, AT).withExternalId("bulk-1"));
    rows.add(nps(unowned, 11, AT));
    rows.add(nps(unowned, 7, AT).withExternalId("bulk-1"));
    rows.add(nps(987654321L, 8, AT));
    rows.add(
        FeedbackDraft.of(FeedbackKind.REVIEW, unowned, AT).withStars(4).withPlatform("Google"));
    List<BulkOutcome> out = db.inTransaction(() -> s.recordAll(rows));
    assertThat(out)
        .extracting(BulkOutcome::status)
        .containsExactly(
            BulkOutcome.Status.CREATED,
            BulkOutcome.Status.REJECTED,
            BulkOutcome.Status.REJECTED,
            BulkOutcome.Status.REJECTED,
            BulkOutcome.Status.CREATED);
    assertThat(out.get(1).errors()).extracting(FieldError::field).containsExactly("scores.nps");
    assertThat(out.get(2).errors()).extracting(FieldError::field).containsExactly("externalId");
    assertThat(out.get(3).errors()).extracting(FieldError::field).containsExactly("customerId");
  }

  @Test
  void links_must_be_the_customers_own_and_agents_record_for_their_customers_only() {
    var interactions = wire(InteractionServices.interactions(db), caller("suzuki", Role.MANAGER));
    long othersContact =
        db.inTransaction(
                () ->
                    interactions.log(
                        InteractionDraftBuilder.builder()
                            .customerId(unowned)
                            .channel(Channel.PHONE)
                            .direction(Direction.INBOUND)
                            .occurredAt(AT)
                            .summary("問い合わせ")
                            .build()))
            .interaction()
            .id();
    FeedbackDraft remark =
        FeedbackDraft.of(FeedbackKind.REMARK, tanakas, AT)
            .withText("説明が分かりやすい")
            .withInteractionId(othersContact);
    FeedbackService tanaka = as("tanaka", Role.AGENT);
    InvalidInput e =
        (InvalidInput)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> db.inTransaction(() -> tanaka.record(remark)));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("interactionId");
    assertThat(db.inTransaction(() -> tanaka.record(remark.withInteractionId(null))).created())
        .isTrue();
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> as("sato", Role.AGENT).record(remark.withInteractionId(null))))
        .isInstanceOf(Forbidden.class);
    assertThat(
            db.inTransaction(
                    () ->
                        tanaka.record(
                            FeedbackDraft.of(FeedbackKind.REMARK, unowned, AT)
                                .withText("誰の担当でもない顧客")
                                .withInteractionId(othersContact)))
                .created())
        .as("an unowned customer is anyone's to serve")
        .isTrue();
  }

  @Test
  void the_customers_feedback_pages_newest_first_and_latest_scores_are_no_score_until_answered() {
    FeedbackService s = as("suzuki", Role.MANAGER);
    long c = newCustomer("頁 顧客", null);
    LatestScores none = s.latest(new CustomerId(c));
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.nps()).isNull();

    for (int i = 0; i < 5; i++) {
      int score = i;
      db.inTransaction(() -> s.record(nps(c, score * 2, AT.plusSeconds(score))));
    }
    db.inTransaction(
        () ->
            s.record(
                FeedbackDraft.of(FeedbackKind.SURVEY, c, AT.minusSeconds(60))
                    .withScores(new Scores(null, 2, 7, 6, 7))));
    Page<Feedback> first = s.forCustomer(new CustomerId(c), null, 4);
    assertThat(first.items())
        .extracting(f -> f.content().scores().nps())
        .containsExactly(8, 6, 4, 2);
    Page<Feedback> second = s.forCustomer(new CustomerId(c), first.next(), 4);
    assertThat(second.items()).extracting(f -> f.content().scores().nps()).containsExactly(0, null);
    assertThat(second.next()).isNull();

    LatestScores latest = s.latest(new CustomerId(c));
    assertThat(latest.nps()).isEqualTo(8);
    assertThat(latest.npsGroup()).isEqualTo(NpsGroup.PASSIVE);
    assertThat(latest.csat()).isEqualTo(2);
    assertThat(latest.csatScale()).isEqualTo(7);
    assertThat(latest.ces()).isEqualTo(6);
    assertThat(latest.npsAt()).isEqualTo(AT.plusSeconds(4));
  }
}
