package dev.cxcrm.ejb.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SurveyMailTest {
  private static final String ANSWER = "https://crm.example.jp/s/a/Qm9va3M";
  private static final String OPT_OUT = "https://crm.example.jp/s/optout/Qm9va3M";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static SurveyMail mailTo(String host, int port) {
    MailSettings settings = new MailSettings();
    settings.host = Optional.of(host);
    settings.port = port;
    settings.from = "survey@crm.example.jp";
    SurveyMail mail = new SurveyMail();
    mail.settings = settings;
    return mail;
  }

  private SurveyMail mail() {
    return mailTo("127.0.0.1", greenMail.getSmtp().getPort());
  }

  private static SurveyMail.Message japanese(String to) {
    return new SurveyMail.Message(
        to, "ja", "山田 花子", "ご購入についてのアンケート", "先日はご購入いただきありがとうございました。", ANSWER, OPT_OUT, false);
  }

  @Test
  void a_japanese_invitation_arrives_once_in_utf8_with_the_answer_and_opt_out_links()
      throws Exception {
    mail().send(japanese("hanako@example.jp"));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getRecipients(RecipientType.TO))
        .containsExactly(new InternetAddress("hanako@example.jp"));
    assertThat(m.getFrom()).containsExactly(new InternetAddress("survey@crm.example.jp"));
    assertThat(m.getSubject()).isEqualTo("ご購入についてのアンケート");
    assertThat(m.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
    String body = (String) m.getContent();
    assertThat(body)
        .startsWith("山田 花子 様")
        .contains("先日はご購入いただきありがとうございました。")
        .contains(ANSWER)
        .contains("このリンクは一度だけ回答でき、60日間有効です。")
        .contains("今後アンケートを受け取りたくない場合: " + OPT_OUT);
    assertThat(body.indexOf(OPT_OUT)).isGreaterThan(body.indexOf(ANSWER));
    assertThat(m.getHeader("List-Unsubscribe")).containsExactly("<" + OPT_OUT + ">");
  }

  @Test
  void an_english_reminder_says_reminder_in_the_subject_and_is_written_in_english()
      throws Exception {
    mail()
        .send(
            new SurveyMail.Message(
                "john@example.com",
                "en",
                "John Smith",
                "How was your visit?",
                "",
                ANSWER,
                OPT_OUT,
                true));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getRecipients(RecipientType.TO))
        .containsExactly(new InternetAddress("john@example.com"));
    assertThat(m.getSubject()).isEqualTo("Reminder: How was your visit?");
    String body = (String) m.getContent();
    assertThat(body)
        .startsWith("Dear John Smith,")
        .contains(ANSWER)
        .contains("You can answer once through this link; it is valid for 60 days.")
        .contains("To receive no more surveys: " + OPT_OUT)
        .doesNotContain("様");
    assertThat(m.getHeader("List-Unsubscribe")).containsExactly("<" + OPT_OUT + ">");
  }

  @Test
  void a_japanese_reminder_is_marked_in_the_subject() throws Exception {
    SurveyMail.Message first = japanese("hanako@example.jp");
    mail()
        .send(
            new SurveyMail.Message(
                first.to(),
                first.language(),
                first.customerName(),
                first.title(),
                first.intro(),
                first.answerUrl(),
                first.optOutUrl(),
                true));

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("【リマインダー】ご購入についてのアンケート");
  }

  @Test
  void a_server_that_does_not_listen_means_try_later_and_does_not_hang() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> mailTo("127.0.0.1", closedPort).send(japanese("hanako@example.jp")))
        .isInstanceOf(SurveyMail.Unavailable.class)
        .hasMessageContaining("127.0.0.1");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void a_server_that_accepts_but_never_answers_is_given_up_within_the_timeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      long start = System.nanoTime();

      assertThatThrownBy(
              () -> mailTo("127.0.0.1", silent.getLocalPort()).send(japanese("a@example.jp")))
          .isInstanceOf(SurveyMail.Unavailable.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }
  }

  @Test
  void without_a_configured_server_the_mail_waits() {
    SurveyMail mail = new SurveyMail();
    mail.settings = new MailSettings();

    assertThatThrownBy(() -> mail.send(japanese("hanako@example.jp")))
        .isInstanceOf(SurveyMail.Unavailable.class)
        .hasMessage("mail is not configured");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_text_that_is_not_an_address_is_refused_for_good() {
    assertThatThrownBy(() -> mail().send(japanese("not an address")))
        .isInstanceOf(SurveyMail.Refused.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_recipient_the_server_rejects_with_5xx_is_refused_with_the_servers_words()
      throws Exception {
    try (OneReplySmtp server = new OneReplySmtp("550 5.1.1 <gone@example.jp>: user unknown")) {
      assertThatThrownBy(() -> mailTo("127.0.0.1", server.port()).send(japanese("gone@example.jp")))
          .isInstanceOf(SurveyMail.Refused.class)
          .hasMessageContaining("550 5.1.1 <gone@example.jp>: user unknown");
    }
  }

  @Test
  void a_recipient_the_server_defers_with_4xx_is_tried_later() throws Exception {
    try (OneReplySmtp server = new OneReplySmtp("451 4.7.1 greylisted, try again later")) {
      assertThatThrownBy(() -> mailTo("127.0.0.1", server.port()).send(japanese("new@example.jp")))
          .isInstanceOf(SurveyMail.Unavailable.class)
          .hasMessageContaining("451 4.7.1 greylisted");
    }
  }

  @Test
  void the_password_never_appears_in_a_reason() throws Exception {
    try (OneReplySmtp server = new OneReplySmtp("550 no such user (tried s3cret-pw)")) {
      SurveyMail mail = mailTo("127.0.0.1", server.port());
      mail.settings.password = Optional.of("s3cret-pw");

      assertThatThrownBy(() -> mail.send(japanese("gone@example.jp")))
          .isInstanceOf(SurveyMail.Refused.class)
          .hasMessageContaining("550 no such user")
          .message()
          .doesNotContain("s3cret-pw");
    }
  }

  @Test
  void links_are_built_on_the_public_url_without_its_trailing_slash() {
    MailSettings settings = new MailSettings();
    settings.publicUrl = "https://crm.example.jp/";

    assertThat(settings.publicUrl()).isEqualTo("https://crm.example.jp");
    assertThat(new MailSettings().publicUrl()).isEqualTo("http://localhost:8080");
  }

  /**
   * A scripted SMTP server for one conversation that answers every recipient with the given reply,
   * because GreenMail accepts every recipient.
   */
  private static final class OneReplySmtp implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    OneReplySmtp(String recipientReply) throws IOException {
      socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      thread = new Thread(() -> talk(recipientReply), "one-reply-smtp");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void talk(String recipientReply) {
      try (Socket client = socket.accept();
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out =
              new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        out.print("220 test ESMTP\r\n");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
          String command = line.toUpperCase();
          if (command.startsWith("RCPT")) {
            out.print(recipientReply + "\r\n");
          } else if (command.startsWith("QUIT")) {
            out.print("221 bye\r\n");
            out.flush();
            return;
          } else {
            out.print("250 ok\r\n");
          }
          out.flush();
        }
      } catch (IOException e) {
        // the test closed the socket
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
