package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

  private static InteractionDraft draft(
      Channel channel, Direction direction, Instant at, Integer emotion, Boolean awaits) {
    return new InteractionDraft(
        7L, null, channel, direction, at, null, null, " 件名 ", "", null, emotion, awaits, null, null,
        null, null);
  }

  private static List<String> fields(InteractionDraft d) {
    return InteractionRules.check(InteractionRules.normalized(d), NOW).stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void a_plain_inbound_email_is_accepted_and_awaits_an_answer_by_default() {
    InteractionDraft d =
        InteractionRules.normalized(draft(Channel.EMAIL, Direction.INBOUND, NOW, null, null));
    assertThat(InteractionRules.check(d, NOW)).isEmpty();
    assertThat(d.awaitsAnswer()).isTrue();
    assertThat(d.subject()).isEqualTo("件名");
    assertThat(d.summary()).as("blank text is absent").isNull();
  }

  @Test
  void outbound_and_in_person_contacts_await_nothing_by_default() {
    assertThat(
            InteractionRules.normalized(draft(Channel.EMAIL, Direction.OUTBOUND, NOW, null, null))
                .awaitsAnswer())
        .isFalse();
    assertThat(
            InteractionRules.normalized(
                    draft(Channel.IN_PERSON, Direction.INBOUND, NOW, null, null))
                .awaitsAnswer())
        .isFalse();
  }

  @Test
  void customer_channel_direction_and_time_are_required() {
    InteractionDraft empty =
        new InteractionDraft(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    assertThat(fields(empty)).containsExactly("customerId", "channel", "direction", "occurredAt");
  }

  @Test
  void a_time_up_to_five_minutes_ahead_is_clock_skew_beyond_that_the_future() {
    assertThat(fields(draft(Channel.EMAIL, Direction.INBOUND, NOW.plusSeconds(300), null, null)))
        .isEmpty();
    assertThat(fields(draft(Channel.EMAIL, Direction.INBOUND, NOW.plusSeconds(301), null, null)))
        .containsExactly("occurredAt");
  }

  @Test
  void emotion_runs_from_minus_two_to_plus_two() {
    assertThat(fields(draft(Channel.PHONE, Direction.INBOUND, NOW, -2, null))).isEmpty();
    assertThat(fields(draft(Channel.PHONE, Direction.INBOUND, NOW, 2, null))).isEmpty();
    assertThat(fields(draft(Channel.PHONE, Direction.INBOUND, NOW, -3, null)))
        .containsExactly("emotion");
    assertThat(fields(draft(Channel.PHONE, Direction.INBOUND, NOW, 3, null)))
        .containsExactly("emotion");
  }

  @Test
  void only_an_inbound_contact_awaits_an_answer_and_only_an_outbound_one_replies() {
    assertThat(fields(draft(Channel.EMAIL, Direction.OUTBOUND, NOW, null, true)))
        .containsExactly("awaitsAnswer");
    InteractionDraft inboundReply =
        new InteractionDraft(
            7L,
            null,
            Channel.EMAIL,
            Direction.INBOUND,
            NOW,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            99L,
            null,
            null);
    assertThat(fields(inboundReply)).containsExactly("replyTo");
  }

  @Test
  void texts_are_limited_in_characters_not_bytes() {
    String subject300 = "あ".repeat(300);
    InteractionDraft ok =
        new InteractionDraft(
            7L,
            null,
            Channel.EMAIL,
            Direction.INBOUND,
            NOW,
            null,
            null,
            subject300,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fields(ok)).isEmpty();
    InteractionDraft tooLong =
        new InteractionDraft(
            7L,
            null,
            Channel.EMAIL,
            Direction.INBOUND,
            NOW,
            null,
            null,
            subject300 + "あ",
            "x".repeat(4001),
            "y".repeat(501),
            null,
            null,
            null,
            null,
            null,
            "z".repeat(201));
    assertThat(fields(tooLong)).containsExactly("subject", "summary", "outcome", "externalId");
  }

  @Test
  void an_outbound_contact_is_reactive_when_it_names_what_it_answers_and_proactive_otherwise() {
    InteractionDraft out = draft(Channel.EMAIL, Direction.OUTBOUND, NOW, null, null);
    assertThat(InteractionRules.normalized(out).purpose()).isEqualTo(Purpose.PROACTIVE);
    assertThat(InteractionRules.normalized(out.withReplyTo(5L)).purpose())
        .isEqualTo(Purpose.REACTIVE);
    assertThat(InteractionRules.normalized(out.withPurpose(Purpose.REACTIVE)).purpose())
        .as("given, it is kept")
        .isEqualTo(Purpose.REACTIVE);
    assertThat(
            InteractionRules.normalized(draft(Channel.EMAIL, Direction.INBOUND, NOW, null, null))
                .purpose())
        .as("an inbound contact has none")
        .isNull();
  }

  @Test
  void an_inbound_contact_has_no_purpose_and_a_proactive_one_names_nothing() {
    assertThat(
            fields(
                draft(Channel.EMAIL, Direction.INBOUND, NOW, null, null)
                    .withPurpose(Purpose.REACTIVE)))
        .containsExactly("purpose");
    assertThat(
            fields(
                draft(Channel.EMAIL, Direction.OUTBOUND, NOW, null, null)
                    .withPurpose(Purpose.PROACTIVE)
                    .withReplyTo(5L)))
        .containsExactly("replyTo");
    assertThat(
            fields(
                draft(Channel.EMAIL, Direction.OUTBOUND, NOW, null, null)
                    .withPurpose(Purpose.REACTIVE)
                    .withReplyTo(5L)))
        .isEmpty();
  }
}
