package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.interaction.InteractionRepository;
import dev.cxcrm.ejb.interaction.SystemContacts;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sender on H2 with a real SMTP server (GreenMail): a planned invitation goes out once with a
 * link that opens the survey, as an outbound proactive contact; one reminder with a link of its
 * own; an outage plans it again without sending twice; a refused address fails it with the server's
 * answer.
 */
class InvitationSenderOnH2Test {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Pattern LINK =
      Pattern.compile("https://crm\\.example\\.jp/s/([A-Za-z0-9_-]{43})");
  private static H2Jpa db;
  private static Survey survey;

  @BeforeAll
  static void database() {
    db = H2Jpa.open("sender");
    db.user("suzuki", "MANAGER");
    SurveyService ss =
        wire(
            new SurveyService(),
            caller("suzuki", Role.MANAGER),
            wire(new SurveyRepository(), db.dataSource()),
            TestBeans.tokyo());
    survey =
        db.inTransaction(
            () ->
                ss.create(
                    new SurveyDraft(
                        "購入後",
                        "ご購入についてのアンケート",
                        "About your purchase",
                        null,
                        null,
                        0,
                        List.of(
                            new Question(
                                null, QuestionKind.NPS, null, "おすすめ度", "Recommend?", true, null))),
                    true));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long customer(String email) {
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    CustomerDraft d =
        CustomerDraft.prospect("送信 " + email, RelationshipType.LONG_TERM, LocalDate.of(2024, 4, 1))
            .withConsent(new ConsentChoice(true, true, false, false))
            .withEmail(email);
    return db.inTransaction(() -> customers.create(d)).id();
  }

  private static Invitation planned(long customer) {
    Invitations made =
        wire(
            new Invitations(),
            wire(new InvitationRepository(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents());
    CustomerReach c =
        wire(new CustomerQueries(), db.dataSource()).reach(List.of(customer)).get(customer);
    return db.inTransaction(
            () ->
                made.invite(
                    survey,
                    c,
                    InvitationChannel.EMAIL,
                    new Invitations.Cause(SurveyTrigger.MANUAL, null, null, "suzuki")))
        .invitation();
  }

  private static InvitationSender sender(int port) {
    MailSettings settings = new MailSettings();
    settings.host = Optional.of("127.0.0.1");
    settings.port = port;
    settings.from = "survey@crm.example.jp";
    settings.publicUrl = "https://crm.example.jp/";
    SurveyMail mail = new SurveyMail();
    mail.settings = settings;
    InvitationOutbox outbox =
        wire(
            new InvitationOutbox(),
            wire(new InvitationRepository(), db.dataSource()),
            wire(new SurveyRepository(), db.dataSource()),
            wire(new CustomerQueries(), db.dataSource()),
            wire(
                new SystemContacts(),
                wire(new InteractionRepository(), db.dataSource(), TestBeans.noEvents())),
            wire(new SurveyLinks(), settings),
            TestBeans.tokyo());
    outbox.reminderDays = 7;
    return wire(new InvitationSender(), outbox, mail, settings);
  }

  private static Invitation reread(Invitation v) {
    return wire(new InvitationRepository(), db.dataSource()).find(v.id()).orElseThrow();
  }

  private static List<MimeMessage> mailsTo(String address) {
    return List.of(smtp.getReceivedMessages()).stream()
        .filter(
            m -> {
              try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String token(MimeMessage m) {
    Matcher x = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
    assertThat(x.find()).isTrue();
    return x.group(1);
  }

  @Test
  void a_planned_invitation_goes_out_once_and_one_reminder_follows_with_its_own_link()
      throws Exception {
    long c = customer("hanako@example.jp");
    Invitation v = planned(c);
    InvitationSender sender = sender(smtp.getSmtp().getPort());
    assertThat(sender.run()).isGreaterThanOrEqualTo(1);
    assertThat(sender.run()).isZero();
    List<MimeMessage> first = mailsTo("hanako@example.jp");
    assertThat(first).hasSize(1);
    Invitation sent = reread(v);
    assertThat(sent.status()).isEqualTo(InvitationStatus.SENT);
    assertThat(sent.sentAt()).isNotNull();
    String token = token(first.get(0));
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select purpose, direction, channel from interaction where customer_id = ?",
                List.of(c),
                r -> r.getString(1) + " " + r.getString(2) + " " + r.getString(3)))
        .containsExactly("PROACTIVE OUTBOUND EMAIL");

    // A week later, still unanswered: one reminder, with a link of its own to the same survey.
    Jdbc.update(
        db.dataSource(),
        "update survey_invitation set sent_at = sent_at - interval '8' day where id = ?",
        List.of(v.id()));
    assertThat(sender.run()).isOne();
    assertThat(sender.run()).isZero();
    List<MimeMessage> all = mailsTo("hanako@example.jp");
    assertThat(all).hasSize(2);
    assertThat(GreenMailUtil.getBody(all.get(1))).isNotEmpty();
    assertThat(all.get(1).getSubject()).startsWith("【リマインダー】");
    assertThat(token(all.get(1))).isNotEqualTo(token);
    assertThat(reread(v).remindedAt()).isNotNull();
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from survey_link where invitation_id = ?",
                List.of(v.id()),
                r -> r.getLong(1)))
        .containsExactly(2L);
  }

  @Test
  void an_outage_plans_the_invitation_again_and_a_refused_address_fails_it() throws Exception {
    long c = customer("taro@example.jp");
    Invitation v = planned(c);
    int nothingListens;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      nothingListens = s.getLocalPort();
    }
    assertThat(sender(nothingListens).run()).isZero();
    Invitation back = reread(v);
    assertThat(back.status()).isEqualTo(InvitationStatus.PLANNED);
    assertThat(back.sendAfter()).isAfter(v.sendAfter());
    assertThat(back.detail()).isNotBlank();
    assertThat(
            Jdbc.list(
                db.dataSource(),
                "select count(*) from survey_link where invitation_id = ?",
                List.of(v.id()),
                r -> r.getLong(1)))
        .containsExactly(0L);
    assertThat(mailsTo("taro@example.jp")).isEmpty();

    // An address that came in before the rules checked it (an old import), which no server takes.
    long bad = customer("kenji@example.jp");
    Jdbc.update(
        db.dataSource(),
        "update customer set email = 'kenji@@example..jp' where id = ?",
        List.of(bad));
    Invitation refused = planned(bad);
    sender(smtp.getSmtp().getPort()).run();
    Invitation failed = reread(refused);
    assertThat(failed.status()).isEqualTo(InvitationStatus.FAILED);
    assertThat(failed.detail()).isNotBlank();
  }
}
