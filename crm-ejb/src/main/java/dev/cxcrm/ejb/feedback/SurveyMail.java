package dev.cxcrm.ejb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Writes and sends one survey invitation or reminder as plain text in the customer's language. It
 * tells its caller what to do next by the exception it throws: {@link Refused} when the address
 * will never work (the invitation is closed with the server's reason), {@link Unavailable} when the
 * server could not be reached or answered "later" (the invitation is tried again). Every mail names
 * its opt-out link in the body and in {@code List-Unsubscribe}, so mail programs can offer it too.
 */
@ApplicationScoped
public class SurveyMail {
  /** Long enough to read the server's reason, short enough to store beside the invitation. */
  static final int MAX_REASON = 500;

  @Inject MailSettings settings;

  /**
   * One mail to write. {@code language} is "en" for English and anything else for Japanese, the
   * same rule as the survey's texts; {@code intro} may be empty.
   */
  public record Message(
      String to,
      String language,
      String customerName,
      String title,
      String intro,
      String answerUrl,
      String optOutUrl,
      boolean reminder) {
    public Message {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(answerUrl, "answerUrl");
      Objects.requireNonNull(optOutUrl, "optOutUrl");
    }

    boolean english() {
      return "en".equals(language);
    }
  }

  /** The server refused this recipient for good, or the address is not one: do not try again. */
  public static class Refused extends RuntimeException {
    public Refused(String reason) {
      super(reason);
    }
  }

  /** The mail could not go out now (no server, no connection, a temporary refusal): try later. */
  public static class Unavailable extends RuntimeException {
    public Unavailable(String reason) {
      super(reason);
    }
  }

  /**
   * Sends the mail and returns once the server has accepted it.
   *
   * @throws Refused when the address is malformed or the server refuses the recipient (5xx)
   * @throws Unavailable when mail is not configured or the server cannot take it now
   */
  public void send(Message m) {
    if (!settings.configured()) {
      throw new Unavailable("mail is not configured");
    }
    InternetAddress to = recipient(m.to());
    try {
      MimeMessage mail = new MimeMessage(settings.session());
      mail.setFrom(new InternetAddress(settings.from()));
      mail.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
      mail.setSubject(subject(m), StandardCharsets.UTF_8.name());
      mail.setText(body(m), StandardCharsets.UTF_8.name());
      mail.setHeader("List-Unsubscribe", "<" + m.optOutUrl() + ">");
      mail.setSentDate(new Date());
      Transport.send(mail);
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      if (invalid != null && invalid.length > 0) {
        throw new Refused(reason(e));
      }
      throw new Unavailable(reason(e));
    } catch (MessagingException e) {
      throw new Unavailable(reason(e));
    }
  }

  private InternetAddress recipient(String address) {
    if (address == null || address.isBlank()) {
      throw new Refused("no address");
    }
    try {
      InternetAddress to = new InternetAddress(address.strip(), true);
      to.validate();
      return to;
    } catch (AddressException e) {
      throw new Refused(reason(e));
    }
  }

  static String subject(Message m) {
    if (!m.reminder()) {
      return m.title();
    }
    return (m.english() ? "Reminder: " : "【リマインダー】") + m.title();
  }

  static String body(Message m) {
    boolean en = m.english();
    String name = m.customerName() == null ? "" : m.customerName().strip();
    StringBuilder b = new StringBuilder();
    if (en) {
      b.append(name.isEmpty() ? "Dear customer," : "Dear " + name + ",");
    } else {
      b.append(name.isEmpty() ? "お客様" : name + " 様");
    }
    b.append("\n\n");
    if (m.intro() != null && !m.intro().isBlank()) {
      b.append(m.intro().strip()).append("\n\n");
    }
    b.append(en ? "Please answer here:" : "ご回答はこちらから:").append('\n');
    b.append(m.answerUrl()).append("\n\n");
    b.append(
            en
                ? "You can answer once through this link; it is valid for 60 days."
                : "このリンクは一度だけ回答でき、60日間有効です。")
        .append("\n\n");
    b.append("-- \n");
    b.append(en ? "To receive no more surveys: " : "今後アンケートを受け取りたくない場合: ");
    b.append(m.optOutUrl()).append('\n');
    return b.toString();
  }

  /**
   * The server's words along the exception's chain on one line, masked and cut, because it is
   * stored with the invitation and shown to staff.
   */
  private String reason(Exception e) {
    List<String> parts = new ArrayList<>();
    Throwable t = e;
    while (t != null && parts.size() < 5) {
      String text = t.getMessage();
      if (text != null && !text.isBlank()) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (!parts.contains(line)) {
          parts.add(line);
        }
      } else {
        parts.add(t.getClass().getSimpleName());
      }
      Throwable next = t instanceof MessagingException me ? me.getNextException() : t.getCause();
      t = next == t ? null : next;
    }
    String reason = settings.withoutPassword(String.join(": ", parts));
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }
}
