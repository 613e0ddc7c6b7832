package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.AnswerRule.Answer;
import dev.cxcrm.domain.interaction.AnswerRule.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerRuleTest {
  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  private static Instant nextDay(String hhmm) {
    return Instant.parse("2026-11-24T" + hhmm + ":00Z");
  }

  @Test
  void each_linked_reply_answers_the_contact_it_names_even_when_another_reply_came_first() {
    // The help desk: A at 14:05, B at 16:21; B answered at 09:24, A at 13:50 next day.
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("14:05"), null, null),
                Contact.inbound(2, at("16:21"), null, null),
                Contact.reply(3, nextDay("09:24"), null, 2L),
                Contact.reply(4, nextDay("13:50"), null, 1L)));
    assertThat(changes)
        .containsExactly(
            Map.entry(1L, new Answer(4, nextDay("13:50"))),
            Map.entry(2L, new Answer(3, nextDay("09:24"))));
  }

  @Test
  void a_proactive_contact_answers_nothing() {
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null, null),
                    Contact.proactive(2, at("10:00")))))
        .isEmpty();
  }

  @Test
  void a_reply_that_names_none_answers_every_earlier_open_contact() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("09:00"), null, null),
                Contact.inbound(2, at("10:00"), 7L, null),
                Contact.reply(3, at("11:00"), null, null)));
    assertThat(changes)
        .containsExactly(
            Map.entry(1L, new Answer(3, at("11:00"))), Map.entry(2L, new Answer(3, at("11:00"))));
  }

  @Test
  void a_reply_within_a_case_that_names_none_answers_only_that_cases_contacts() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("09:00"), null, null),
                Contact.inbound(2, at("09:30"), 8L, null),
                Contact.inbound(3, at("10:00"), 7L, null),
                Contact.reply(4, at("11:00"), 7L, null)));
    assertThat(changes).containsExactly(Map.entry(3L, new Answer(4, at("11:00"))));
  }

  @Test
  void a_reply_that_names_one_contact_leaves_the_others_open() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("09:00"), null, null),
                Contact.inbound(2, at("10:00"), null, null),
                Contact.reply(3, at("11:00"), null, 2L)));
    assertThat(changes).containsExactly(Map.entry(2L, new Answer(3, at("11:00"))));
  }

  @Test
  void a_named_reply_before_a_general_one_answers_only_its_contact_first() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.inbound(1, at("09:00"), null, null),
                Contact.inbound(2, at("10:00"), null, null),
                Contact.reply(3, at("11:00"), null, 1L),
                Contact.reply(4, at("12:00"), null, null)));
    assertThat(changes)
        .containsExactly(
            Map.entry(1L, new Answer(3, at("11:00"))), Map.entry(2L, new Answer(4, at("12:00"))));
  }

  @Test
  void an_inbound_contact_after_the_reply_stays_open() {
    Map<Long, Answer> changes =
        AnswerRule.changes(
            List.of(
                Contact.reply(3, at("11:00"), null, null),
                Contact.inbound(4, at("11:01"), null, null)));
    assertThat(changes).isEmpty();
  }

  @Test
  void a_reply_at_the_same_instant_answers() {
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null, null),
                    Contact.reply(2, at("09:00"), null, null))))
        .containsExactly(Map.entry(1L, new Answer(2, at("09:00"))));
  }

  @Test
  void the_first_answer_stops_the_clock_a_later_one_changes_nothing() {
    Answer first = new Answer(5, at("10:00"));
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null, first),
                    Contact.reply(6, at("12:00"), null, 1L))))
        .isEmpty();
  }

  @Test
  void a_back_dated_reply_before_the_current_answer_becomes_the_answer() {
    Answer current = new Answer(5, at("12:00"));
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null, current),
                    Contact.reply(6, at("10:30"), null, 1L))))
        .containsExactly(Map.entry(1L, new Answer(6, at("10:30"))));
  }

  @Test
  void a_reply_pushed_before_the_message_it_answers_answers_it_when_the_message_arrives() {
    // Out-of-order import: the reply (id 8, 11:00) was stored before the message (id 20, 10:00).
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.reply(9, at("08:00"), null, null),
                    Contact.proactive(6, at("10:30")),
                    Contact.reply(8, at("11:00"), null, null),
                    Contact.reply(7, at("13:00"), null, null),
                    Contact.inbound(20, at("10:00"), null, null))))
        .containsExactly(Map.entry(20L, new Answer(8, at("11:00"))));
  }

  @Test
  void of_two_replies_at_the_same_instant_the_one_recorded_first_counts() {
    // Concurrent arrivals: two agents answer at the same minute.
    assertThat(
            AnswerRule.changes(
                List.of(
                    Contact.inbound(1, at("09:00"), null, null),
                    Contact.reply(12, at("10:00"), null, null),
                    Contact.reply(11, at("10:00"), null, 1L))))
        .containsExactly(Map.entry(1L, new Answer(11, at("10:00"))));
  }

  @Test
  void the_answers_do_not_depend_on_the_order_the_contacts_arrive_in() {
    List<Contact> contacts =
        List.of(
            Contact.inbound(1, at("09:00"), null, null),
            Contact.inbound(2, at("09:10"), 7L, null),
            Contact.inbound(3, at("09:20"), null, null),
            Contact.proactive(4, at("09:30")),
            Contact.reply(5, at("09:40"), 7L, null),
            Contact.reply(6, at("09:50"), null, 3L),
            Contact.inbound(7, at("10:00"), null, null),
            Contact.reply(8, at("10:10"), null, null));
    Map<Long, Answer> expected =
        Map.of(
            1L, new Answer(8, at("10:10")),
            2L, new Answer(5, at("09:40")),
            3L, new Answer(6, at("09:50")),
            7L, new Answer(8, at("10:10")));
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<Contact> shuffled = new ArrayList<>(contacts);
      Collections.shuffle(shuffled, random);
      assertThat(AnswerRule.changes(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void contacts_that_await_nothing_are_never_answered() {
    Contact note = new Contact(1, Direction.INBOUND, at("09:00"), false, null, null, null, null);
    assertThat(AnswerRule.changes(List.of(note, Contact.reply(2, at("10:00"), null, null))))
        .isEmpty();
  }
}
