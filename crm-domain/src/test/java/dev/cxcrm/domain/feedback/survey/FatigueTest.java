package dev.cxcrm.domain.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FatigueTest {
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z"); // 12:00 in Tokyo
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ConsentChoice ALL = new ConsentChoice(true, true, true, true);
  private static final Fatigue FATIGUE = new Fatigue(30);

  private static Fatigue.Facts facts(ConsentChoice consent, Instant last, Instant lastHere) {
    return new Fatigue.Facts(true, 90, true, consent, true, last, lastHere);
  }

  private static Optional<SkipReason> email(Fatigue.Facts f) {
    return FATIGUE.skip(f, InvitationChannel.EMAIL, NOW);
  }

  @Test
  void consent_to_surveys_and_for_mail_to_email_and_an_address() {
    assertThat(email(facts(ALL, null, null))).isEmpty();
    assertThat(email(facts(new ConsentChoice(true, false, true, true), null, null)))
        .contains(SkipReason.NO_SURVEY_CONSENT);
    assertThat(email(facts(new ConsentChoice(false, true, false, false), null, null)))
        .contains(SkipReason.NO_EMAIL_CONSENT);
    // A link handed out needs the survey consent only.
    assertThat(
            FATIGUE.skip(
                facts(new ConsentChoice(false, true, false, false), null, null),
                InvitationChannel.LINK,
                NOW))
        .isEmpty();
    assertThat(email(new Fatigue.Facts(true, 90, true, ALL, false, null, null)))
        .contains(SkipReason.NO_EMAIL_ADDRESS);
    assertThat(email(new Fatigue.Facts(false, 90, true, ALL, true, null, null)))
        .contains(SkipReason.SURVEY_INACTIVE);
    assertThat(email(new Fatigue.Facts(true, 90, false, ALL, true, null, null)))
        .contains(SkipReason.CUSTOMER_ARCHIVED);
  }

  @Test
  void the_cooldown_counts_any_survey_and_ends_exactly_after_its_days() {
    Instant thirtyDaysAgo = NOW.minus(Duration.ofDays(30));
    assertThat(email(facts(ALL, thirtyDaysAgo.plusSeconds(1), null))).contains(SkipReason.COOLDOWN);
    assertThat(email(facts(ALL, thirtyDaysAgo, null))).isEmpty();
    assertThat(
            new Fatigue(0)
                .skip(facts(ALL, NOW.minusSeconds(1), null), InvitationChannel.EMAIL, NOW))
        .isEmpty();
  }

  @Test
  void the_recontact_period_is_the_surveys_own() {
    Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
    assertThat(email(facts(ALL, sixtyDaysAgo, sixtyDaysAgo))).contains(SkipReason.RECONTACT);
    assertThat(
            FATIGUE.skip(
                new Fatigue.Facts(true, 60, true, ALL, true, sixtyDaysAgo, sixtyDaysAgo),
                InvitationChannel.EMAIL,
                NOW))
        .isEmpty();
  }

  @Test
  void mail_waits_for_the_customers_contact_hours() {
    DailyHours evening = new DailyHours(LocalTime.of(18, 0), LocalTime.of(21, 0));
    DailyHours morning = new DailyHours(LocalTime.of(9, 0), LocalTime.of(11, 0));
    DailyHours noon = new DailyHours(LocalTime.of(11, 30), LocalTime.of(13, 0));
    assertThat(Fatigue.sendAt(NOW, null, TOKYO)).isEqualTo(NOW);
    assertThat(Fatigue.sendAt(NOW, noon, TOKYO)).isEqualTo(NOW);
    assertThat(Fatigue.sendAt(NOW, evening, TOKYO))
        .isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
    assertThat(Fatigue.sendAt(NOW, morning, TOKYO))
        .isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
  }

  @Test
  void the_customer_is_written_to_in_english_only_when_they_prefer_it() {
    assertThat(Fatigue.language("en")).isEqualTo("en");
    assertThat(Fatigue.language("EN-us")).isEqualTo("en");
    assertThat(Fatigue.language("ja")).isEqualTo("ja");
    assertThat(Fatigue.language(null)).isEqualTo("ja");
    assertThat(Fatigue.language("fr")).isEqualTo("ja");
  }

  @Test
  void a_token_has_256_random_bits_and_only_its_hash_is_kept() {
    String a = SurveyToken.generate();
    String b = SurveyToken.generate();
    assertThat(a).hasSize(43).isNotEqualTo(b);
    assertThat(SurveyToken.wellFormed(a)).isTrue();
    assertThat(SurveyToken.wellFormed(a + "x")).isFalse();
    assertThat(SurveyToken.wellFormed("../" + a.substring(3))).isFalse();
    assertThat(SurveyToken.hash(a))
        .hasSize(64)
        .isEqualTo(SurveyToken.hash(a))
        .isNotEqualTo(SurveyToken.hash(b));
  }
}
