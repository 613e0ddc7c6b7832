package dev.cxcrm.domain.journey;

/**
 * What a person or another system says about a pain point, before the rules have checked it. A null
 * {@code status} means OPEN; a null {@code affectedCount} means 0 (nobody counted yet).
 */
public record PainPointDraft(
    Long touchpointId,
    String title,
    String description,
    Integer severity,
    Integer affectedCount,
    PainPointStatus status) {

  /** The same draft with text trimmed and blanks as null, as the rules and the entity take it. */
  public PainPointDraft normalised() {
    return new PainPointDraft(
        touchpointId,
        blankAsNull(title),
        blankAsNull(description),
        severity,
        affectedCount == null ? 0 : affectedCount,
        status == null ? PainPointStatus.OPEN : status);
  }

  private static String blankAsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
