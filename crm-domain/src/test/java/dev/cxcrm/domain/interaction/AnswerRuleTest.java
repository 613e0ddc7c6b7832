package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.AnswerRule.Answer;
import dev.cxcrm.domain.interaction.AnswerRule.Contact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRuleTest {
  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  @Test
  void an_outbound_contact_answers_every_earlier_unanswered_inbound_one() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("09:00"), null),
                Contact.inbound(2, at("10:00"), null),
                Contact.outbound(3, at("11:00"))));
    assertThat(changes)
        .containsExactly(
            Map.entry(1L, new Answer(3, at("11:00"))), Map.entry(2L, new Answer(3, at("11:00"))));
  }

  @Test
  void an_inbound_contact_after_the_outbound_one_stays_open() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(Contact.outbound(3, at("11:00")), Contact.inbound(4, at("11:01"), null)));
    assertThat(changes).isEmpty();
  }

  @Test
  void an_outbound_contact_at_the_same_instant_answers() {
    assertThat(
            AnswerRule.changes(
                List.of(Contact.inbound(1, at("09:00"), null), Contact.outbound(2, at("09:00")))))
        .containsExactly(Map.entry(1L, new Answer(2, at("09:00"))));
  }

  @Test
  void the_first_answer_stops_the_clock_a_later_one_changes_nothing() {
    Answer first = new Answer(5, at("10:00"));
    assertThat(
            AnswerRule.changes(
                List.of(Contact.inbound(1, at("09:00"), first), Contact.outbound(6, at("12:00")))))
        .isEmpty();
  }

  @Test
  void a_back_dated_outbound_contact_before_the_current_answer_becomes_the_answer() {
    Answer current = new Answer(5, at("12:00"));
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), current), Contact.outbound(6, at("10:30")))))
        .containsExactly(Map.entry(1L, new Answer(6, at("10:30"))));
  }

  @Test
  void an_inbound_contact_recorded_late_is_answered_by_the_first_outbound_one_after_it() {
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.outbound(8, at("08:00")),
                    Contact.outbound(9, at("13:00")),
                    Contact.outbound(7, at("11:00")),
                    Contact.inbound(20, at("10:00"), null))))
        .containsExactly(Map.entry(20L, new Answer(7, at("11:00"))));
  }

  @Test
  void contacts_that_await_nothing_are_never_answered() {
    Contact note = new Contact(1, Direction.INBOUND, at("09:00"), false, null);
    assertThat(AnswerRule.changes(List.of(note, Contact.outbound(2, at("10:00"))))).isEmpty();
  }

  @Test
  void of_two_answers_at_the_same_instant_the_one_recorded_first_counts() {
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null),
                    Contact.outbound(12, at("10:00")),
                    Contact.outbound(11, at("10:00")))))
        .containsExactly(Map.entry(1L, new Answer(11, at("10:00"))));
  }
}
