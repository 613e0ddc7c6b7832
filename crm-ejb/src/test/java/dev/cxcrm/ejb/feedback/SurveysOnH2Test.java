package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.feedback.survey.AnswerSheet;
import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyMoments;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerRepository;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.customer.SurveyConsents;
import dev.cxcrm.ejb.interaction.InteractionServices;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Surveys on H2: versions once invited, invitations under the fatigue and consent rules, a link
 * that opens, resumes, finishes once into SURVEY feedback (with its follow-up), and withdraws the
 * survey consent.
 */
class SurveysOnH2Test {
  private static final SurveyDraft AFTER_SERVICE =
      new SurveyDraft(
          "サポート後",
          "サポートについてのアンケート",
          "About our support",
          "ご協力をお願いします。",
          "Thank you for your help.",
          null,
          List.of(
              new Question(
                  null, QuestionKind.NPS, null, "おすすめしますか", "Would you recommend us?", true, null),
              new Question("effort", QuestionKind.CES, 7, "手間", "Effort", false, null),
              new Question(
                  "good",
                  QuestionKind.MULTIPLE,
                  null,
                  "よかった点",
                  "What was good",
                  false,
                  List.of(new Choice("speed", "速さ", "Speed"), new Choice("staff", "担当者", "Staff"))),
              new Question("why", QuestionKind.TEXT, null, "理由", "Why", false, null)));

  private static H2Jpa db;
  private static long customerCount;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("surveys");
    db.user("tanaka", "AGENT");
    db.user("suzuki", "MANAGER");
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long customer(ConsentChoice consent, String email) {
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    CustomerDraft d =
        CustomerDraft.prospect(
                "回答 顧客 " + ++customerCount, RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1))
            .withConsent(consent)
            .withEmail(email)
            .withOwner("tanaka");
    return db.inTransaction(() -> customers.create(d)).id();
  }

  private static SurveyService surveys() {
    return wire(
        new SurveyService(),
        caller("suzuki", Role.MANAGER),
        wire(new SurveyRepository(), db.dataSource()),
        TestBeans.tokyo());
  }

  private static InvitationService invitations(int cooldownDays) {
    Invitations made =
        wire(
            new Invitations(),
            wire(new InvitationRepository(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents());
    made.cooldownDays = cooldownDays;
    return wire(
        new InvitationService(),
        caller("tanaka", Role.AGENT),
        made,
        wire(new InvitationRepository(), db.dataSource()),
        wire(new SurveyRepository(), db.dataSource()),
        wire(new CustomerQueries(), db.dataSource()));
  }

  private static SurveyAnswering answering() {
    return wire(
        new SurveyAnswering(),
        wire(new InvitationRepository(), db.dataSource()),
        wire(new SurveyRepository(), db.dataSource()),
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(
            new FollowUpOpener(),
            wire(new FollowUpRepository(), db.dataSource()),
            InteractionServices.standards(db),
            TestBeans.tokyo()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(
            new SurveyConsents(),
            wire(new CustomerRepository(), db.em(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents()),
        TestBeans.tokyo());
  }

  private static final ConsentChoice SURVEYS = new ConsentChoice(false, true, false, false);
  private static final ConsentChoice ALL = new ConsentChoice(true, true, false, false);

  private static SurveyAnswers answers(Object... keyValues) {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      m.put(
          (String) keyValues[i],
          v instanceof List<?> l
              ? l.stream().map(String::valueOf).toList()
              : List.of(String.valueOf(v)));
    }
    return new SurveyAnswers(m);
  }

  @Test
  void a_link_opens_resumes_and_finishes_once_into_survey_feedback_with_its_follow_up() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE, true));
    long c = customer(SURVEYS, null);
    Invitations.Made made =
        db.inTransaction(
            () -> invitations(30).invite(s.id(), new CustomerId(c), InvitationChannel.LINK));
    assertThat(made.invitation().status()).isEqualTo(InvitationStatus.SENT);
    assertThat(made.invitation().language()).isEqualTo("ja");
    String token = made.token();
    assertThat(token).hasSize(43);
    // Only the hash is kept.
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select token_hash from survey_link",
                List.of(),
                r -> r.getString(1)))
        .doesNotContain(token)
        .allMatch(h -> h.length() == 64);

    SurveyAnswering a = answering();
    AnswerSheet sheet = db.inTransaction(() -> a.open(token));
    assertThat(sheet.state()).isEqualTo(AnswerSheet.State.OPEN);
    assertThat(sheet.survey().titleJa()).isEqualTo("サポートについてのアンケート");
    assertThat(sheet.survey().questions())
        .extracting(Question::key)
        .containsExactly("q1", "effort", "good", "why");

    // Partly answered, then resumed on the same link.
    db.inTransaction(() -> a.save(token, answers("why", "返事が遅かった", "good", List.of("staff"))));
    AnswerSheet resumed = db.inTransaction(() -> a.open(token));
    assertThat(resumed.answers().of("why")).containsExactly("返事が遅かった");
    assertThat(resumed.answers().of("good")).containsExactly("staff");

    // The required NPS is missing: nothing is recorded.
    assertThatThrownBy(() -> db.inTransaction(() -> a.finish(token, answers("effort", 8))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("answers.q1", "answers.effort"));
    assertThat(db.inTransaction(() -> a.open(token)).state()).isEqualTo(AnswerSheet.State.OPEN);

    AnswerSheet done = db.inTransaction(() -> a.finish(token, answers("q1", 3, "effort", 6)));
    assertThat(done.state()).isEqualTo(AnswerSheet.State.ANSWERED);
    Invitation v = invitations(30).get(made.invitation().id());
    assertThat(v.status()).isEqualTo(InvitationStatus.ANSWERED);
    Feedback f =
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents())
            .find(List.of(v.feedbackId()))
            .get(0);
    assertThat(f.content().kind()).isEqualTo(FeedbackKind.SURVEY);
    assertThat(f.content().customerId()).isEqualTo(c);
    assertThat(f.content().scores()).isEqualTo(new Scores(3, null, null, 6, 7));
    assertThat(f.content().text()).isEqualTo("よかった点: 担当者\n\n返事が遅かった");
    assertThat(f.createdBy()).isEqualTo(SurveyAnswering.BY);
    // A detractor: one follow-up for the owner.
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select assignee from follow_up where feedback_id = ?",
                List.of(f.id()),
                r -> r.getString(1)))
        .containsExactly("tanaka");

    // A retried or second submission records nothing more.
    assertThat(db.inTransaction(() -> a.finish(token, answers("q1", 10))).state())
        .isEqualTo(AnswerSheet.State.ANSWERED);
    assertThat(db.inTransaction(() -> a.open(token)).state()).isEqualTo(AnswerSheet.State.ANSWERED);
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from feedback where customer_id = ?",
                List.of(c),
                r -> r.getLong(1)))
        .containsExactly(1L);
  }

  private static InterviewService interviews(String name, Role role) {
    FeedbackService feedback = FeedbackServices.on(db, name, role);
    return wire(
        new InterviewService(),
        caller(name, role),
        feedback,
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents()),
        wire(new InvitationRepository(), db.dataSource()),
        wire(new SurveyRepository(), db.dataSource()),
        wire(new CustomerQueries(), db.dataSource()),
        wire(new UserQueries(), db.em()),
        TestBeans.tokyo());
  }

  @Test
  void an_interview_records_the_scripts_answers_as_the_agents_feedback_once() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("面談"), true));
    // No consent and no address: the customer answers in person.
    long c = customer(new ConsentChoice(false, false, false, false), null);
    InterviewService tanaka = interviews("tanaka", Role.AGENT);
    InterviewService.Notes notes =
        new InterviewService.Notes(
            s.id(),
            c,
            null,
            null,
            null,
            null,
            answers("q1", 5, "good", List.of("speed", "staff"), "why", "待ち時間が長い"),
            "call-77");

    var first = db.inTransaction(() -> tanaka.record(notes));
    assertThat(first.created()).isTrue();
    Invitation v = first.record();
    assertThat(v.channel()).isEqualTo(InvitationChannel.INTERVIEW);
    assertThat(v.status()).isEqualTo(InvitationStatus.ANSWERED);
    assertThat(v.createdBy()).isEqualTo("tanaka");
    assertThat(v.surveyNumber()).isEqualTo(s.number());
    assertThat(wire(new InvitationRepository(), db.dataSource()).answers(v.id()).of("good"))
        .containsExactly("speed", "staff");
    Feedback f =
        wire(new FeedbackRepository(), db.dataSource(), TestBeans.noEvents())
            .find(List.of(v.feedbackId()))
            .get(0);
    assertThat(f.content().kind()).isEqualTo(FeedbackKind.INTERVIEW);
    assertThat(f.content().agent()).isEqualTo("tanaka");
    assertThat(f.content().scores()).isEqualTo(new Scores(5, null, null, null, null));
    assertThat(f.content().text()).isEqualTo("よかった点: 速さ, 担当者\n\n待ち時間が長い");
    // A detractor: the closed loop opens one follow-up, as for any survey answer.
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from follow_up where feedback_id = ?",
                List.of(f.id()),
                r -> r.getLong(1)))
        .containsExactly(1L);

    // A retry under the same external id returns the first interview and writes nothing.
    var again = db.inTransaction(() -> tanaka.record(notes));
    assertThat(again.created()).isFalse();
    assertThat(again.record().id()).isEqualTo(v.id());
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from survey_invitation where customer_id = ?",
                List.of(c),
                r -> r.getLong(1)))
        .containsExactly(1L);

    // Other answers under the same external id are a conflict, not a second interview.
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        tanaka.record(
                            new InterviewService.Notes(
                                s.id(), c, null, null, null, null, answers("q1", 9), "call-77"))))
        .isInstanceOf(dev.cxcrm.domain.shared.Conflict.class);

    // The interview counts for fatigue: an e-mail invitation right after is skipped.
    Jdbc.update(
        db.dataSource(),
        "update customer set consent_survey = true, consent_email = true, email = 'iv@example.jp'"
            + " where id = ?",
        List.of(c));
    Invitation next =
        db.inTransaction(
                () -> invitations(30).invite(s.id(), new CustomerId(c), InvitationChannel.EMAIL))
            .invitation();
    assertThat(next.status()).isEqualTo(InvitationStatus.SKIPPED);
    assertThat(next.reason()).isEqualTo(SkipReason.COOLDOWN);
  }

  @Test
  void an_interview_is_refused_with_its_fields_named_and_nothing_is_written() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("面談 誤り"), true));
    Survey off = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("面談 停止"), false));
    long c = customer(SURVEYS, null);
    long others = customer(SURVEYS, null);
    Jdbc.update(
        db.dataSource(), "update customer set owner = 'suzuki' where id = ?", List.of(others));
    InterviewService tanaka = interviews("tanaka", Role.AGENT);
    java.util.function.Function<InterviewService.Notes, List<String>> fields =
        n -> {
          try {
            db.inTransaction(() -> tanaka.record(n));
            return List.of();
          } catch (InvalidInput e) {
            return e.errors().stream().map(FieldError::field).toList();
          }
        };
    // The required NPS missing, a score outside its scale, a choice the question lacks.
    assertThat(
            fields.apply(
                new InterviewService.Notes(
                    s.id(), c, null, null, null, null, answers("effort", 8, "good", "fast"), null)))
        .containsExactlyInAnyOrder("answers.q1", "answers.effort", "answers.good");
    assertThat(
            fields.apply(
                new InterviewService.Notes(
                    off.id(), c, null, null, null, null, answers("q1", 9), null)))
        .containsExactly("surveyId");
    assertThat(
            fields.apply(
                new InterviewService.Notes(
                    s.id(),
                    c,
                    null,
                    null,
                    java.time.Instant.now().plusSeconds(3600),
                    null,
                    answers("q1", 9),
                    null)))
        .containsExactly("receivedAt");
    // An agent records only for its own and unowned customers.
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        tanaka.record(
                            new InterviewService.Notes(
                                s.id(), others, null, null, null, null, answers("q1", 9), null))))
        .isInstanceOf(dev.cxcrm.domain.shared.DomainException.class)
        .isNotInstanceOf(InvalidInput.class);
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from survey_invitation where customer_id in (?, ?)",
                List.of(c, others),
                r -> r.getLong(1)))
        .containsExactly(0L);
    // Staff cannot send an interview as an invitation.
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        invitations(0)
                            .invite(s.id(), new CustomerId(c), InvitationChannel.INTERVIEW)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("channel"));
  }

  @Test
  void unknown_malformed_and_expired_links_open_nothing() {
    SurveyAnswering a = answering();
    assertThat(a.open(null).state()).isEqualTo(AnswerSheet.State.UNKNOWN);
    assertThat(a.open("'; drop table survey; --").state()).isEqualTo(AnswerSheet.State.UNKNOWN);
    assertThat(a.open("A".repeat(43)).state()).isEqualTo(AnswerSheet.State.UNKNOWN);

    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("期限"), true));
    long c = customer(SURVEYS, null);
    Invitations.Made made =
        db.inTransaction(
            () -> invitations(0).invite(s.id(), new CustomerId(c), InvitationChannel.LINK));
    Jdbc.update(
        db.dataSource(),
        "update survey_invitation set expires_at = ? where id = ?",
        List.of(Jdbc.time(java.time.Instant.now().minusSeconds(1)), made.invitation().id()));
    AnswerSheet expired = db.inTransaction(() -> a.open(made.token()));
    assertThat(expired.state()).isEqualTo(AnswerSheet.State.EXPIRED);
    assertThat(expired.survey()).isNull();
    assertThat(db.inTransaction(() -> a.finish(made.token(), answers("q1", 9))).state())
        .isEqualTo(AnswerSheet.State.EXPIRED);
  }

  @Test
  void fatigue_and_consent_decide_and_a_skipped_invitation_says_why() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("疲労"), true));
    Survey other = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("別"), true));
    InvitationService inv = invitations(30);
    long none = customer(ConsentChoice.NONE, "a@example.com");
    long noMail = customer(SURVEYS, "b@example.com");
    long noAddress = customer(ALL, null);
    long ok = customer(ALL, "c@example.com");

    assertThat(
            db.inTransaction(() -> inv.invite(s.id(), new CustomerId(none), InvitationChannel.LINK))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.NO_SURVEY_CONSENT);
    assertThat(
            db.inTransaction(
                    () -> inv.invite(s.id(), new CustomerId(noMail), InvitationChannel.EMAIL))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.NO_EMAIL_CONSENT);
    assertThat(
            db.inTransaction(
                    () -> inv.invite(s.id(), new CustomerId(noAddress), InvitationChannel.EMAIL))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.NO_EMAIL_ADDRESS);
    Invitations.Made planned =
        db.inTransaction(() -> inv.invite(s.id(), new CustomerId(ok), InvitationChannel.EMAIL));
    assertThat(planned.invitation().status()).isEqualTo(InvitationStatus.PLANNED);
    assertThat(planned.token()).isNull();
    Invitations.Made skipped =
        db.inTransaction(() -> inv.invite(other.id(), new CustomerId(ok), InvitationChannel.EMAIL));
    assertThat(skipped.invitation().status()).isEqualTo(InvitationStatus.SKIPPED);
    assertThat(skipped.invitation().reason()).isEqualTo(SkipReason.COOLDOWN);
    assertThat(skipped.token()).isNull();
    // Without the business-wide cooldown the survey's own recontact period still holds.
    assertThat(
            db.inTransaction(
                    () ->
                        invitations(0).invite(s.id(), new CustomerId(ok), InvitationChannel.EMAIL))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.RECONTACT);
    assertThat(
            db.inTransaction(
                    () ->
                        invitations(0)
                            .invite(other.id(), new CustomerId(ok), InvitationChannel.EMAIL))
                .invitation()
                .status())
        .isEqualTo(InvitationStatus.PLANNED);
    assertThat(inv.forCustomer(new CustomerId(ok)))
        .hasSize(4)
        .first()
        .extracting(Invitation::surveyId)
        .isEqualTo(other.id());
  }

  @Test
  void a_change_after_an_invitation_is_a_new_version_and_the_link_keeps_the_questions_asked() {
    SurveyService ss = surveys();
    Survey s = db.inTransaction(() -> ss.create(AFTER_SERVICE.withName("版"), true));
    Survey renamed =
        db.inTransaction(() -> ss.change(s.id(), s.version(), AFTER_SERVICE.withName("版 改"), true));
    assertThat(renamed.number()).isEqualTo(1);
    SurveyDraft shorter =
        AFTER_SERVICE.withName("版 改").withQuestions(AFTER_SERVICE.questions().subList(0, 1));
    Survey edited = db.inTransaction(() -> ss.change(s.id(), renamed.version(), shorter, true));
    assertThat(edited.number()).isEqualTo(1);
    assertThat(edited.content().questions()).hasSize(1);
    assertThatThrownBy(
            () -> db.inTransaction(() -> ss.change(s.id(), renamed.version(), shorter, true)))
        .isInstanceOf(StaleVersion.class);

    long c = customer(SURVEYS, null);
    Invitations.Made made =
        db.inTransaction(
            () -> invitations(0).invite(s.id(), new CustomerId(c), InvitationChannel.LINK));
    Survey v2 =
        db.inTransaction(
            () -> ss.change(s.id(), edited.version(), AFTER_SERVICE.withName("版 改"), false));
    assertThat(v2.number()).isEqualTo(2);
    assertThat(v2.active()).isFalse();
    assertThat(v2.content().questions()).hasSize(4);
    assertThat(ss.definition(s.id(), 1).questions()).hasSize(1);
    assertThat(answering().open(made.token()).survey().questions()).hasSize(1);
    assertThat(db.inTransaction(() -> answering().finish(made.token(), answers("q1", 10))).state())
        .isEqualTo(AnswerSheet.State.ANSWERED);
    assertThat(ss.get(s.id()).answers()).isZero();
    // An inactive survey invites no one.
    long later = customer(SURVEYS, null);
    assertThat(
            db.inTransaction(
                    () ->
                        invitations(0)
                            .invite(s.id(), new CustomerId(later), InvitationChannel.LINK))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.SURVEY_INACTIVE);
  }

  @Test
  void the_link_withdraws_the_survey_consent_without_signing_in() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("撤回"), true));
    long c = customer(ALL, "d@example.com");
    Invitations.Made made =
        db.inTransaction(
            () -> invitations(0).invite(s.id(), new CustomerId(c), InvitationChannel.LINK));
    assertThat(db.inTransaction(() -> answering().withdraw(made.token()))).contains("ja");
    assertThat(wire(new CustomerQueries(), db.dataSource()).reach(List.of(c)).get(c).consent())
        .isEqualTo(new ConsentChoice(true, false, false, false));
    assertThat(answering().withdraw("nonsense")).isEmpty();
    assertThat(
            db.inTransaction(
                    () -> invitations(0).invite(s.id(), new CustomerId(c), InvitationChannel.LINK))
                .invitation()
                .reason())
        .isEqualTo(SkipReason.NO_SURVEY_CONSENT);
  }

  private static SurveyAutomation automation() {
    Invitations made =
        wire(
            new Invitations(),
            wire(new InvitationRepository(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents());
    return wire(
        new SurveyAutomation(),
        wire(new SurveyRepository(), db.dataSource()),
        wire(new InvitationRepository(), db.dataSource()),
        made,
        wire(new CustomerQueries(), db.dataSource()));
  }

  @Test
  void events_invite_to_the_survey_set_for_their_trigger_and_anniversaries_are_found_once_a_day() {
    SurveyService ss = surveys();
    Survey s = db.inTransaction(() -> ss.create(AFTER_SERVICE.withName("自動"), true));
    long c = customer(ALL, "e@example.com");
    SurveyAutomation a = automation();
    List<SurveyAutomation.Moment> moment = List.of(new SurveyAutomation.Moment(c, null, null));
    // No survey set for the trigger: nothing happens.
    assertThat(db.inTransaction(() -> a.invite(SurveyTrigger.CASE_RESOLVED, moment))).isZero();
    assertThatThrownBy(() -> db.inTransaction(() -> ss.automate(SurveyTrigger.MANUAL, s.id())))
        .isInstanceOf(InvalidInput.class);
    assertThat(db.inTransaction(() -> ss.automate(SurveyTrigger.CASE_RESOLVED, s.id())))
        .containsEntry(SurveyTrigger.CASE_RESOLVED, s.id());
    assertThat(db.inTransaction(() -> a.invite(SurveyTrigger.CASE_RESOLVED, moment))).isOne();
    Invitation v = invitations(0).forCustomer(new CustomerId(c)).get(0);
    assertThat(v.trigger()).isEqualTo(SurveyTrigger.CASE_RESOLVED);
    assertThat(v.channel()).isEqualTo(InvitationChannel.EMAIL);
    assertThat(v.status()).isEqualTo(InvitationStatus.PLANNED);
    assertThat(v.createdBy()).isEqualTo(SurveyAutomation.BY);
    assertThat(
            a.invitedSince(
                SurveyTrigger.CASE_RESOLVED, List.of(c, c + 1), v.createdAt().minusSeconds(1)))
        .containsExactly(c);
    assertThat(a.invitedSince(SurveyTrigger.ANNIVERSARY, List.of(c), v.createdAt().minusSeconds(1)))
        .isEmpty();
    db.inTransaction(() -> ss.automate(SurveyTrigger.CASE_RESOLVED, null));
    assertThat(ss.automations()).doesNotContainKey(SurveyTrigger.CASE_RESOLVED);

    // Customers since 2024-04-01 (see customer()): their anniversary is on 1 April.
    CustomerQueries q = wire(new CustomerQueries(), db.dataSource());
    List<Long> april =
        q.anniversaries(
            SurveyMoments.anniversariesOn(LocalDate.of(2026, 4, 1)),
            LocalDate.of(2025, 4, 1),
            0,
            1000);
    assertThat(april).contains(c);
    assertThat(
            q.anniversaries(
                SurveyMoments.anniversariesOn(LocalDate.of(2026, 4, 2)),
                LocalDate.of(2025, 4, 2),
                0,
                1000))
        .doesNotContain(c);
    // Not yet a whole year on 2025-03-31's day of the year.
    assertThat(
            q.anniversaries(
                SurveyMoments.anniversariesOn(LocalDate.of(2024, 4, 1)),
                LocalDate.of(2023, 4, 1),
                0,
                1000))
        .doesNotContain(c);
    assertThat(
            q.anniversaries(
                SurveyMoments.anniversariesOn(LocalDate.of(2026, 4, 1)),
                LocalDate.of(2025, 4, 1),
                c,
                1000))
        .allMatch(id -> id > c);
  }

  @Test
  void a_segment_send_reads_its_customers_in_order_and_a_rewritten_chunk_invites_nobody_twice() {
    Survey s = db.inTransaction(() -> surveys().create(AFTER_SERVICE.withName("区分"), true));
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CustomerDraft d =
          CustomerDraft.prospect("区分 " + i, RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1))
              .withConsent(ALL)
              .withEmail("seg" + i + "@example.jp")
              .withSegments(java.util.Set.of("秋の会員"));
      ids.add(db.inTransaction(() -> customers.create(d)).id());
    }
    SurveySendRepository sends = wire(new SurveySendRepository(), db.dataSource());
    CustomerQueries q = wire(new CustomerQueries(), db.dataSource());
    assertThat(q.segmentSize("秋の会員")).isEqualTo(3);
    long send = sends.insert(s.id(), "秋の会員", 3, "suzuki", java.time.Instant.now());

    SegmentCustomers reader = wire(new SegmentCustomers(), q, sends);
    reader.sendId = Long.toString(send);
    reader.open(ids.get(0));
    assertThat(reader.readItem()).isEqualTo(ids.get(1));
    assertThat(reader.checkpointInfo()).isEqualTo(ids.get(1));
    assertThat(reader.readItem()).isEqualTo(ids.get(2));
    assertThat(reader.readItem()).isNull();

    SegmentInvitations writer =
        wire(
            new SegmentInvitations(),
            sends,
            wire(new SurveyRepository(), db.dataSource()),
            wire(new InvitationRepository(), db.dataSource()),
            wire(
                new Invitations(),
                wire(new InvitationRepository(), db.dataSource()),
                TestBeans.tokyo(),
                TestBeans.noEvents()),
            q);
    writer.sendId = Long.toString(send);
    db.inTransaction(() -> writer.writeItems(List.of(ids.get(0), ids.get(1))));
    // The chunk again (written just before a crash, then retried), and the rest.
    db.inTransaction(() -> writer.writeItems(List.of(ids.get(1), ids.get(2))));
    assertThat(sends.byStatus(send)).containsEntry(InvitationStatus.PLANNED, 3L).hasSize(1);
    assertThat(invitations(0).forCustomer(new CustomerId(ids.get(1))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.sendId()).isEqualTo(send);
              assertThat(v.trigger()).isEqualTo(SurveyTrigger.SEGMENT);
              assertThat(v.createdBy()).isEqualTo("suzuki");
            });
  }
}
