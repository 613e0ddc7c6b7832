package dev.cxcrm.domain.playbook;

/**
 * When a playbook step comes due for a customer; {@code amount} of the step counts months for
 * {@link #EVERY_MONTHS} and days otherwise.
 */
public enum Trigger {
  /** Every {@code amount} months from the day the customer became one (quarterly: 3). */
  EVERY_MONTHS,
  /** Once, {@code amount} days after the customer became one (onboarding). */
  DAYS_AFTER_START,
  /** {@code amount} days after each case of the customer was resolved. */
  DAYS_AFTER_RESOLVED_CASE,
  /** {@code amount} days before each of the customer's important dates of the step's kind. */
  DAYS_BEFORE_DATE
}
