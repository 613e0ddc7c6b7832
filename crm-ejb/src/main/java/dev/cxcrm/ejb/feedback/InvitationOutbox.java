package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Fatigue;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyToken;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.interaction.SystemContacts;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of sending one invitation mail or its one reminder, each in its own transaction so that
 * what is written before the mail goes out is committed first: take it (or skip it when the survey,
 * the consent or the address went away since), then after the mail server answered, log it as an
 * outbound contact, give it back for a later try, or record the refusal. A reminder carries a link
 * of its own to the same invitation; it is not an invitation, so fatigue does not count it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InvitationOutbox {
  /** Tries before an invitation fails for good; the waits double from a minute to six hours. */
  static final int ATTEMPTS_MAX = 12;

  static final Duration WAIT_MAX = Duration.ofHours(6);

  /** Who the records made by the sender are by. */
  static final String BY = "survey-mail";

  @Inject InvitationRepository store;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;
  @Inject SystemContacts contacts;
  @Inject SurveyLinks links;
  @Inject TimeSource time;

  @Inject
  @ConfigProperty(name = "crm.survey.reminder-days", defaultValue = "7")
  int reminderDays;

  /** A mail taken for sending, and the hash of the link it carries. */
  public record Outgoing(Invitation invitation, SurveyMail.Message message, String linkHash) {}

  /** Planned invitations due now, earliest first. */
  public List<Invitation> due(int limit) {
    return store.due(time.now(), limit);
  }

  /** Sent, unanswered e-mail invitations whose reminder is due (none when reminders are off). */
  public List<Invitation> reminders(int limit) {
    Instant now = time.now();
    return reminderDays <= 0
        ? List.of()
        : store.remindable(now.minus(Duration.ofDays(reminderDays)), now, limit);
  }

  /**
   * Takes a planned invitation (or, with {@code reminder}, a sent one's reminder) for sending and
   * makes its link: the mail, or empty when another server took it or it may not go out any more
   * (then it says why).
   */
  public Optional<Outgoing> take(Invitation v, boolean reminder) {
    Instant now = time.now();
    CustomerReach c = customers.reach(List.of(v.customerId())).get(v.customerId());
    Optional<SkipReason> skip = stillAllowed(v, c, now);
    if (skip.isPresent()) {
      if (reminder) {
        store.reminder(v.id(), "SKIPPED", null);
      } else {
        store.unsent(v.id(), InvitationStatus.SKIPPED, skip.get(), null);
      }
      return Optional.empty();
    }
    if (!(reminder ? store.claimReminder(v.id(), now) : store.claim(v.id(), now))) {
      return Optional.empty();
    }
    String token = SurveyToken.generate();
    String hash = SurveyToken.hash(token);
    store.addLink(v.id(), hash, now);
    SurveyDraft d = surveys.definition(v.surveyId(), v.surveyNumber()).orElseThrow();
    return Optional.of(
        new Outgoing(
            v,
            new SurveyMail.Message(
                c.email(),
                v.language(),
                c.name(),
                d.title(v.language()),
                d.intro(v.language()),
                links.answer(token),
                links.optOut(token),
                reminder),
            hash));
  }

  /** The survey active, the customer there and agreeing to surveys by e-mail at an address. */
  private Optional<SkipReason> stillAllowed(Invitation v, CustomerReach c, Instant now) {
    Survey survey = surveys.find(v.surveyId()).orElseThrow();
    return new Fatigue(0)
        .skip(
            new Fatigue.Facts(
                survey.active(),
                0,
                c != null && !c.archived(),
                c == null ? null : c.consent(),
                c != null && c.email() != null,
                null,
                null),
            v.channel(),
            now);
  }

  /** The mail went out: it is an outbound, proactive contact on the customer's timeline. */
  public void delivered(Outgoing out) {
    long id =
        contacts.outreach(
            out.invitation().customerId(), Channel.EMAIL, time.now(), out.message().title(), BY);
    if (!out.message().reminder()) {
      store.outreach(out.invitation().id(), id);
    }
  }

  /**
   * The mail server was unavailable: the link made for it goes, and the mail is tried again later
   * (an invitation after a wait that doubles with each try, a reminder at the next run).
   */
  public void later(Outgoing out, String detail) {
    long id = out.invitation().id();
    store.dropLink(out.linkHash());
    if (out.message().reminder()) {
      store.reminder(id, null, null);
      return;
    }
    int attempts = store.attempts(id);
    if (attempts >= ATTEMPTS_MAX) {
      store.refused(id, detail);
      return;
    }
    Duration wait = Duration.ofMinutes(1L << Math.min(attempts, 20));
    store.back(id, time.now().plus(wait.compareTo(WAIT_MAX) > 0 ? WAIT_MAX : wait), detail);
  }

  /**
   * The mail server refused the address: the invitation FAILED (or its reminder) with its answer.
   */
  public void refused(Outgoing out, String detail) {
    store.dropLink(out.linkHash());
    if (out.message().reminder()) {
      store.reminder(out.invitation().id(), "SKIPPED", detail);
    } else {
      store.refused(out.invitation().id(), detail);
    }
  }
}
