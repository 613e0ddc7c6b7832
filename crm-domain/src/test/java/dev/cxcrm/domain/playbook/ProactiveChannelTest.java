package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.playbook.ProactiveChannel.Consents;
import dev.cxcrm.domain.shared.Channel;
import org.junit.jupiter.api.Test;

class ProactiveChannelTest {
  @Test
  void the_preferred_channel_when_the_customer_agreed_to_it() {
    assertThat(ProactiveChannel.choose(Channel.PHONE, new Consents(true, true, false)))
        .contains(Channel.PHONE);
    assertThat(ProactiveChannel.choose(Channel.IN_PERSON, new Consents(false, false, false)))
        .as("meeting in person needs no agreement to be contacted")
        .contains(Channel.IN_PERSON);
  }

  @Test
  void otherwise_the_first_agreed_of_email_phone_and_sms() {
    assertThat(ProactiveChannel.choose(Channel.PHONE, new Consents(false, false, true)))
        .contains(Channel.SMS);
    assertThat(ProactiveChannel.choose(null, new Consents(true, true, true)))
        .contains(Channel.EMAIL);
    assertThat(ProactiveChannel.choose(Channel.WEB, new Consents(false, true, false)))
        .contains(Channel.PHONE);
  }

  @Test
  void none_when_the_customer_agreed_to_nothing() {
    assertThat(ProactiveChannel.choose(Channel.EMAIL, new Consents(false, false, false))).isEmpty();
  }
}
