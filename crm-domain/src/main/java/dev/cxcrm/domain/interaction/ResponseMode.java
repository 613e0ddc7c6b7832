package dev.cxcrm.domain.interaction;

/**
 * How a response standard counts the time to an answer. Labels live in the interaction bundle under
 * {@code std.mode.<NAME>}.
 */
public enum ResponseMode {
  /** Real hours on the clock, nights, weekends and holidays included. */
  ELAPSED_HOURS,
  /** Only the hours the business is open, on business days. */
  BUSINESS_HOURS,
  /** Closing time of the day received, or of the next business day when received after closing. */
  SAME_BUSINESS_DAY,
  /** The contact needs no answer (it was answered as it happened, in person). */
  NO_ANSWER;

  public boolean countsHours() {
    return this == ELAPSED_HOURS || this == BUSINESS_HOURS;
  }
}
