package dev.cxcrm.ejb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where survey mail goes out: the SMTP server from {@code crm.mail.*} (CRM_MAIL_HOST,
 * CRM_MAIL_PORT, CRM_MAIL_USER, CRM_MAIL_PASSWORD, CRM_MAIL_FROM, CRM_MAIL_STARTTLS) and the
 * address customers' links start with ({@code crm.public-url}, CRM_PUBLIC_URL). Without a host,
 * mail is simply not configured: invitations wait instead of failing the server's start. The fields
 * hold the same defaults as the configuration, so a test can build this without a container and set
 * only what it needs. The password never leaves this class, not even in a message.
 */
@ApplicationScoped
public class MailSettings {
  /** Long enough for a slow server, short enough that an outage never holds a thread for long. */
  static final int TIMEOUT_MILLIS = 10_000;

  /** Optional: MicroProfile Config treats an empty value as missing. */
  @Inject
  @ConfigProperty(name = "crm.mail.host")
  Optional<String> host = Optional.empty();

  @Inject
  @ConfigProperty(name = "crm.mail.port", defaultValue = "25")
  int port = 25;

  @Inject
  @ConfigProperty(name = "crm.mail.user")
  Optional<String> user = Optional.empty();

  @Inject
  @ConfigProperty(name = "crm.mail.password")
  Optional<String> password = Optional.empty();

  @Inject
  @ConfigProperty(name = "crm.mail.from", defaultValue = "noreply@localhost")
  String from = "noreply@localhost";

  @Inject
  @ConfigProperty(name = "crm.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "crm.public-url", defaultValue = "http://localhost:8080")
  String publicUrl = "http://localhost:8080";

  /** Whether a mail server is set at all. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The sender's address as configured, possibly with a display name. */
  public String from() {
    return from;
  }

  /** The base of links in mails, without a trailing slash, so callers append {@code /path}. */
  public String publicUrl() {
    String url = publicUrl.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url;
  }

  /**
   * A fresh session for the configured server. It authenticates only when a user is given (many
   * internal relays take no login), and with STARTTLS turned on it refuses to go on in plain text
   * rather than send the password unprotected.
   */
  public Session session() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host.orElse("localhost").strip());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    // the Message-ID then names the sender's domain rather than this host's name
    p.put("mail.from", from);
    if (starttls) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    Optional<String> login = user.filter(u -> !u.isBlank());
    if (login.isEmpty()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    PasswordAuthentication credentials =
        new PasswordAuthentication(login.get(), password.orElse(""));
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return credentials;
          }
        });
  }

  /** The text with the password masked, for messages that are stored or logged. */
  String withoutPassword(String text) {
    if (text == null) {
      return null;
    }
    return password.filter(p -> !p.isEmpty()).map(p -> text.replace(p, "****")).orElse(text);
  }
}
