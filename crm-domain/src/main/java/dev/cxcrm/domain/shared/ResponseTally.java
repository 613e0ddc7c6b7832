package dev.cxcrm.domain.shared;

/**
 * What the database counts of one group of contacts for {@link #figures}: the outcomes, and of the
 * answered contacts' response times (whole seconds, sorted ascending) the values at the ranks the
 * definitions of {@link ComplianceFigures} name.
 *
 * @param key the group (see {@link ComplianceFigures#key()})
 * @param lowerMiddleSeconds the value at rank ⌊(n + 1) / 2⌋; null when none was answered
 * @param upperMiddleSeconds the value at rank ⌊n / 2⌋ + 1 (the same as the lower one for an odd n)
 * @param p90Seconds the value at rank ⌈0.9 × n⌉
 */
public record ResponseTally(
    String key,
    int inTime,
    int late,
    int overdue,
    int pending,
    int answered,
    Long lowerMiddleSeconds,
    Long upperMiddleSeconds,
    Long p90Seconds) {
  /** The same counts under another key. */
  public ResponseTally withKey(String other) {
    return new ResponseTally(
        other,
        inTime,
        late,
        overdue,
        pending,
        answered,
        lowerMiddleSeconds,
        upperMiddleSeconds,
        p90Seconds);
  }

  /** Whether no contact is counted: none decided, none pending. */
  public boolean empty() {
    return inTime + late + overdue + pending == 0;
  }

  /** The figures of this group (the arithmetic of the definitions of {@link ComplianceFigures}). */
  public ComplianceFigures figures() {
    int decided = inTime() + late() + overdue();
    boolean none = answered() == 0;
    return new ComplianceFigures(
        key(),
        decided,
        inTime(),
        late(),
        overdue(),
        pending(),
        decided == 0 ? null : inTime() * 100.0 / decided,
        answered(),
        none ? null : (lowerMiddleSeconds() + upperMiddleSeconds()) / 2.0 / 60.0,
        none ? null : p90Seconds() / 60.0);
  }
}
