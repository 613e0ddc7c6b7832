package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ProactiveChannelTest {
  private static final DailyHours OPEN = new DailyHours(LocalTime.of(9, 0), LocalTime.of(18, 0));
  private static final ConsentChoice ALL = new ConsentChoice(true, true, true, true);

  @Test
  void the_preferred_channel_when_the_customer_agreed_to_it() {
    assertThat(
            ProactiveChannel.choose(
                Channel.PHONE, new ConsentChoice(true, false, true, false), null, OPEN))
        .contains(Channel.PHONE);
    assertThat(
            ProactiveChannel.choose(
                Channel.IN_PERSON, new ConsentChoice(false, false, false, false), null, OPEN))
        .as("meeting in person needs no agreement to be contacted")
        .contains(Channel.IN_PERSON);
  }

  @Test
  void otherwise_the_first_agreed_of_email_phone_and_sms() {
    assertThat(
            ProactiveChannel.choose(
                Channel.PHONE, new ConsentChoice(false, false, false, true), null, OPEN))
        .contains(Channel.SMS);
    assertThat(
            ProactiveChannel.choose(null, new ConsentChoice(true, false, true, true), null, OPEN))
        .contains(Channel.EMAIL);
    assertThat(
            ProactiveChannel.choose(null, new ConsentChoice(false, true, true, false), null, OPEN))
        .as("agreeing to surveys is no agreement to be contacted")
        .contains(Channel.PHONE);
  }

  @Test
  void none_when_the_customer_agreed_to_nothing() {
    assertThat(
            ProactiveChannel.choose(
                Channel.EMAIL, new ConsentChoice(false, false, false, false), null, OPEN))
        .isEmpty();
  }

  @Test
  void a_call_text_or_visit_only_when_the_contact_hours_meet_the_open_hours() {
    DailyHours evenings = new DailyHours(LocalTime.of(19, 0), LocalTime.of(21, 0));
    assertThat(ProactiveChannel.choose(Channel.PHONE, ALL, evenings, OPEN))
        .as("nobody at work to call in the evening: written to instead")
        .contains(Channel.EMAIL);
    assertThat(
            ProactiveChannel.choose(
                Channel.PHONE, new ConsentChoice(false, false, true, true), evenings, OPEN))
        .as("no channel left that reaches them when they can be reached")
        .isEmpty();
    assertThat(ProactiveChannel.choose(Channel.IN_PERSON, ALL, evenings, OPEN))
        .contains(Channel.EMAIL);
    assertThat(ProactiveChannel.choose(Channel.WEB, ALL, evenings, OPEN)).contains(Channel.WEB);
    DailyHours lunch = new DailyHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(ProactiveChannel.choose(Channel.PHONE, ALL, lunch, OPEN)).contains(Channel.PHONE);
    DailyHours fromClosing = new DailyHours(LocalTime.of(18, 0), LocalTime.of(20, 0));
    assertThat(ProactiveChannel.choose(Channel.SMS, ALL, fromClosing, OPEN))
        .as("the business closes at 18:00, when their hours begin")
        .contains(Channel.EMAIL);
  }

  @Test
  void a_call_waits_for_the_contact_hours_a_letter_does_not() {
    DailyHours hours = new DailyHours(LocalTime.of(10, 0), LocalTime.of(17, 0));
    assertThat(ProactiveChannel.waits(Channel.PHONE, hours, LocalTime.of(9, 59))).isTrue();
    assertThat(ProactiveChannel.waits(Channel.PHONE, hours, LocalTime.of(10, 0))).isFalse();
    assertThat(ProactiveChannel.waits(Channel.SMS, hours, LocalTime.of(17, 0))).isTrue();
    assertThat(ProactiveChannel.waits(Channel.IN_PERSON, hours, LocalTime.of(20, 0))).isTrue();
    assertThat(ProactiveChannel.waits(Channel.EMAIL, hours, LocalTime.of(23, 0))).isFalse();
    assertThat(ProactiveChannel.waits(Channel.PHONE, null, LocalTime.of(3, 0))).isFalse();
  }
}
