package dev.cxcrm.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TouchpointTest {
  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

  @Test
  void a_touchpoint_needs_both_names_a_stage_a_channel_and_whether_it_is_active() {
    assertThatThrownBy(
            () -> TouchpointRules.check(new TouchpointDraft(" ", null, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting("field")
                    .containsExactly("nameJa", "nameEn", "stage", "channel", "active"));
  }

  @Test
  void a_name_longer_than_200_characters_is_refused() {
    String longName = "あ".repeat(201);
    assertThatThrownBy(
            () ->
                TouchpointRules.check(
                    new TouchpointDraft(
                        longName, "Website", JourneyStage.AWARENESS, Channel.WEB, true)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting("messageKey")
                    .containsExactly("validation.tooLong"));
  }

  @Test
  void names_are_stripped_and_shown_in_the_readers_language() {
    Touchpoint t =
        Touchpoint.create(
            new TouchpointDraft(" ウェブサイト ", "Website ", JourneyStage.AWARENESS, Channel.WEB, true),
            NOW);
    assertThat(t.name(Locale.JAPANESE)).isEqualTo("ウェブサイト");
    assertThat(t.name(Locale.ENGLISH)).isEqualTo("Website");
  }

  @Test
  void an_unchanged_draft_changes_nothing() {
    TouchpointDraft d =
        new TouchpointDraft("契約", "Contract", JourneyStage.PURCHASE, Channel.IN_PERSON, true);
    Touchpoint t = Touchpoint.create(d, NOW);
    assertThat(t.update(d, NOW.plusSeconds(60))).isFalse();
    assertThat(t.updatedAt()).isEqualTo(NOW);
    assertThat(
            t.update(
                new TouchpointDraft(
                    "契約", "Contract", JourneyStage.PURCHASE, Channel.IN_PERSON, false),
                NOW.plusSeconds(60)))
        .isTrue();
    assertThat(t.active()).isFalse();
  }
}
