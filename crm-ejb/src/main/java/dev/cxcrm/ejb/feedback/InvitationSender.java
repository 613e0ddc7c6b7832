package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Invitation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the planned survey e-mails that are due and then the reminders that are due, every minute
 * on every server (each invitation is taken by one server only, see {@link InvitationOutbox#take}).
 * A mail server that is down leaves the invitation planned for a later try; an address it refuses
 * fails the invitation with the server's answer. Nothing waits on the mail server inside a
 * transaction.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationSender {
  private static final Logger LOG = Logger.getLogger(InvitationSender.class.getName());

  private final AtomicBoolean running = new AtomicBoolean();

  @Inject InvitationOutbox outbox;
  @Inject SurveyMail mail;
  @Inject MailSettings settings;

  /** The sending rate: at most this many mails (invitations and reminders) a minute per server. */
  @Inject
  @ConfigProperty(name = "crm.survey.mails-per-minute", defaultValue = "100")
  int perMinute = 100;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void everyMinute() {
    run();
  }

  /**
   * Soon after an invitation due now was planned (its transaction committed), in the background.
   */
  @Asynchronous
  public void soon() {
    run();
  }

  /** One run over the due invitations; answers how many mails went out. */
  public int run() {
    if (!settings.configured() || !running.compareAndSet(false, true)) {
      return 0;
    }
    int sent = 0;
    try {
      for (boolean reminders : new boolean[] {false, true}) {
        int room = perMinute - sent;
        if (room <= 0) {
          break;
        }
        for (Invitation v : reminders ? outbox.reminders(room) : outbox.due(room)) {
          Boolean out = send(v, reminders);
          if (out == null) {
            return sent; // the mail server is down: the rest wait for the next run, untouched
          }
          sent += out ? 1 : 0;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending survey invitations failed; the next run tries again", e);
    } finally {
      running.set(false);
    }
    return sent;
  }

  /**
   * Sends one: true when it went out, false when it did not (taken elsewhere, skipped, refused),
   * null when the mail server is unavailable.
   */
  private Boolean send(Invitation v, boolean reminder) {
    Optional<InvitationOutbox.Outgoing> out = outbox.take(v, reminder);
    if (out.isEmpty()) {
      return false;
    }
    try {
      mail.send(out.get().message());
    } catch (SurveyMail.Refused e) {
      outbox.refused(out.get(), e.getMessage());
      return false;
    } catch (SurveyMail.Unavailable e) {
      outbox.later(out.get(), e.getMessage());
      return null;
    }
    outbox.delivered(out.get());
    return true;
  }
}
