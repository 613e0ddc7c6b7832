package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.ConsentChoice;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The consents a customer gave, each with the moment it last changed (proof for opt-in and
 * opt-out).
 */
@Embeddable
public class Consent {
  @Column(name = "consent_email", nullable = false)
  private boolean email;

  @Column(name = "consent_email_at")
  private Instant emailChangedAt;

  @Column(name = "consent_survey", nullable = false)
  private boolean survey;

  @Column(name = "consent_survey_at")
  private Instant surveyChangedAt;

  @Column(name = "consent_phone", nullable = false)
  private boolean phone;

  @Column(name = "consent_phone_at")
  private Instant phoneChangedAt;

  @Column(name = "consent_sms", nullable = false)
  private boolean sms;

  @Column(name = "consent_sms_at")
  private Instant smsChangedAt;

  protected Consent() {}

  static Consent given(ConsentChoice choice, Instant now) {
    Consent c = new Consent();
    c.apply(choice, now);
    return c;
  }

  /** Takes the new choice; only a consent that really changes gets a new timestamp. */
  void apply(ConsentChoice choice, Instant now) {
    if (emailChangedAt == null || email != choice.email()) {
      email = choice.email();
      emailChangedAt = now;
    }
    if (surveyChangedAt == null || survey != choice.survey()) {
      survey = choice.survey();
      surveyChangedAt = now;
    }
    if (phoneChangedAt == null || phone != choice.phone()) {
      phone = choice.phone();
      phoneChangedAt = now;
    }
    if (smsChangedAt == null || sms != choice.sms()) {
      sms = choice.sms();
      smsChangedAt = now;
    }
  }

  public ConsentChoice choice() {
    return new ConsentChoice(email, survey, phone, sms);
  }

  public Instant emailChangedAt() {
    return emailChangedAt;
  }

  public Instant surveyChangedAt() {
    return surveyChangedAt;
  }

  public Instant phoneChangedAt() {
    return phoneChangedAt;
  }

  public Instant smsChangedAt() {
    return smsChangedAt;
  }
}
