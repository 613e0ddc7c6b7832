package dev.cxcrm.domain.feedback.survey;

import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an invitation may go out, and when (docs/decisions/0016): the survey active, the customer
 * not archived and agreeing to surveys (and to e-mail, for an e-mail), an address to mail to, no
 * invitation to any survey within the business-wide cooldown ({@code cooldownDays}, 0 for none) and
 * none to this survey within its recontact period. Reminders are not invitations: they count for
 * neither period. An e-mail waits for the customer's contact hours.
 */
public record Fatigue(int cooldownDays) {
  public static final int COOLDOWN_DEFAULT = 30;

  /**
   * What is known of the customer and the survey when an invitation is made. {@code lastInvited} is
   * the latest invitation to any survey that went out or is planned (skipped and failed ones do not
   * count), {@code lastInvitedHere} the latest to this survey; either null when there is none.
   */
  public record Facts(
      boolean surveyActive,
      int recontactDays,
      boolean customerActive,
      ConsentChoice consent,
      boolean hasEmail,
      Instant lastInvited,
      Instant lastInvitedHere) {}

  /** The reason the invitation must not go out, or empty when it may. */
  public Optional<SkipReason> skip(Facts f, InvitationChannel channel, Instant now) {
    if (!f.surveyActive()) {
      return Optional.of(SkipReason.SURVEY_INACTIVE);
    }
    if (!f.customerActive()) {
      return Optional.of(SkipReason.CUSTOMER_ARCHIVED);
    }
    if (!f.consent().survey()) {
      return Optional.of(SkipReason.NO_SURVEY_CONSENT);
    }
    if (channel == InvitationChannel.EMAIL && !f.consent().email()) {
      return Optional.of(SkipReason.NO_EMAIL_CONSENT);
    }
    if (channel == InvitationChannel.EMAIL && !f.hasEmail()) {
      return Optional.of(SkipReason.NO_EMAIL_ADDRESS);
    }
    if (within(f.lastInvited(), cooldownDays, now)) {
      return Optional.of(SkipReason.COOLDOWN);
    }
    if (within(f.lastInvitedHere(), f.recontactDays(), now)) {
      return Optional.of(SkipReason.RECONTACT);
    }
    return Optional.empty();
  }

  private static boolean within(Instant last, int days, Instant now) {
    return last != null && days > 0 && now.isBefore(last.plus(Duration.ofDays(days)));
  }

  /**
   * When an e-mail may go out: now when the customer gave no contact hours or now lies inside them,
   * else the next start of their hours in the business time zone.
   */
  public static Instant sendAt(Instant now, DailyHours hours, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime t = local.toLocalTime();
    if (hours == null || hours.contains(t)) {
      return now;
    }
    ZonedDateTime start = local.with(hours.from()).withSecond(0).withNano(0);
    return (t.isBefore(hours.from()) ? start : start.plusDays(1).with(hours.from())).toInstant();
  }

  /** The language a customer is written to: English when they prefer it, else Japanese. */
  public static String language(String preferred) {
    return preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "ja";
  }
}
