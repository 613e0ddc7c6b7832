package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import org.junit.jupiter.api.Test;

class ProactiveChannelTest {
  @Test
  void the_preferred_channel_when_the_customer_agreed_to_it() {
    assertThat(ProactiveChannel.choose(Channel.PHONE, new ConsentChoice(true, false, true, false)))
        .contains(Channel.PHONE);
    assertThat(
            ProactiveChannel.choose(
                Channel.IN_PERSON, new ConsentChoice(false, false, false, false)))
        .as("meeting in person needs no agreement to be contacted")
        .contains(Channel.IN_PERSON);
  }

  @Test
  void otherwise_the_first_agreed_of_email_phone_and_sms() {
    assertThat(ProactiveChannel.choose(Channel.PHONE, new ConsentChoice(false, false, false, true)))
        .contains(Channel.SMS);
    assertThat(ProactiveChannel.choose(null, new ConsentChoice(true, false, true, true)))
        .contains(Channel.EMAIL);
    assertThat(ProactiveChannel.choose(null, new ConsentChoice(false, true, true, false)))
        .as("agreeing to surveys is no agreement to be contacted")
        .contains(Channel.PHONE);
  }

  @Test
  void none_when_the_customer_agreed_to_nothing() {
    assertThat(
            ProactiveChannel.choose(Channel.EMAIL, new ConsentChoice(false, false, false, false)))
        .isEmpty();
  }
}
