package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Emotion;
import dev.cxcrm.domain.shared.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an interaction must keep on its own, before anything is looked up: required fields,
 * lengths, the emotion scale, and which combinations make sense. References (customer, touchpoint,
 * case, agent, replyTo) are checked by the service against the database.
 */
public final class InteractionRules {
  public static final int CONTACT_NAME_MAX = 200;
  public static final int AGENT_MAX = 100;
  public static final int SUBJECT_MAX = 300;
  public static final int SUMMARY_MAX = 4000;
  public static final int OUTCOME_MAX = 500;
  public static final int EXTERNAL_ID_MAX = 200;
  public static final int EMOTION_MIN = Emotion.MIN;
  public static final int EMOTION_MAX = Emotion.MAX;

  /**
   * How far in the future {@code occurredAt} may lie: the clocks of the systems that push contacts
   * are not exactly ours.
   */
  public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private InteractionRules() {}

  /**
   * Trims texts (blank becomes absent) and fills the defaults: an inbound contact awaits an answer
   * unless it happened in person, an outbound one never does; an outbound contact is reactive when
   * it names what it answers ({@code replyTo}), proactive otherwise.
   */
  public static InteractionDraft normalized(InteractionDraft d) {
    Boolean awaits = d.awaitsAnswer();
    if (awaits == null) {
      awaits = d.direction() == Direction.INBOUND && d.channel() != Channel.IN_PERSON;
    }
    Purpose purpose = d.purpose();
    if (purpose == null && d.direction() == Direction.OUTBOUND) {
      purpose = d.replyTo() == null ? Purpose.PROACTIVE : Purpose.REACTIVE;
    }
    return new InteractionDraft(
        d.customerId(),
        text(d.contactName()),
        d.channel(),
        d.direction(),
        d.occurredAt(),
        d.touchpointId(),
        text(d.agent()),
        text(d.subject()),
        text(d.summary()),
        text(d.outcome()),
        d.emotion(),
        awaits,
        d.caseId(),
        d.replyTo(),
        purpose,
        text(d.externalId()));
  }

  /** Every broken rule of the (normalized) draft; empty when it may be stored. */
  public static List<FieldError> check(InteractionDraft d, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (d.customerId() == null) {
      errors.add(required("customerId"));
    }
    if (d.channel() == null) {
      errors.add(required("channel"));
    }
    if (d.direction() == null) {
      errors.add(required("direction"));
    }
    if (d.occurredAt() == null) {
      errors.add(required("occurredAt"));
    } else if (d.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
      errors.add(
          FieldError.of(
              "occurredAt",
              "interaction.validation.future",
              "Must not lie in the future (more than {0} minutes ahead).",
              FUTURE_TOLERANCE.toMinutes()));
    }
    if (d.emotion() != null && !Emotion.isOnScale(d.emotion())) {
      errors.add(
          FieldError.of(
              "emotion",
              "interaction.validation.emotion",
              "Must be a whole number from {0} to {1}.",
              EMOTION_MIN,
              EMOTION_MAX));
    }
    if (Boolean.TRUE.equals(d.awaitsAnswer()) && d.direction() == Direction.OUTBOUND) {
      errors.add(
          FieldError.of(
              "awaitsAnswer",
              "interaction.validation.awaitsInbound",
              "Only an inbound contact can await an answer."));
    }
    if (d.replyTo() != null && d.direction() == Direction.INBOUND) {
      errors.add(
          FieldError.of(
              "replyTo",
              "interaction.validation.replyOutbound",
              "Only an outbound contact answers another one."));
    }
    if (d.purpose() != null && d.direction() == Direction.INBOUND) {
      errors.add(
          FieldError.of(
              "purpose",
              "interaction.validation.purposeOutbound",
              "Only an outbound contact has a purpose."));
    }
    if (d.purpose() == Purpose.PROACTIVE && d.replyTo() != null) {
      errors.add(
          FieldError.of(
              "replyTo",
              "interaction.validation.proactiveReply",
              "A proactive contact answers nothing; make it reactive or leave replyTo out."));
    }
    length(errors, "contactName", d.contactName(), CONTACT_NAME_MAX);
    length(errors, "agent", d.agent(), AGENT_MAX);
    length(errors, "subject", d.subject(), SUBJECT_MAX);
    length(errors, "summary", d.summary(), SUMMARY_MAX);
    length(errors, "outcome", d.outcome(), OUTCOME_MAX);
    length(errors, "externalId", d.externalId(), EXTERNAL_ID_MAX);
    return errors;
  }

  private static void length(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      errors.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", max));
    }
  }

  private static FieldError required(String field) {
    return FieldError.of(field, "validation.required", "Required.");
  }

  private static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
