package dev.cxcrm.domain.journey;

/**
 * Of the customers who were in a stage during a period ({@code inStage}), how many moved on to a
 * later stage within it ({@code movedOn}). Nobody in the stage means no rate at all, not 0 %: there
 * was nobody to convert.
 */
public record Conversion(long movedOn, long inStage) {
  public Conversion {
    if (inStage < 0 || movedOn < 0 || movedOn > inStage) {
      throw new IllegalArgumentException(
          "Moved on " + movedOn + " of " + inStage + " is not a share.");
    }
  }

  /** The share in percent (0 to 100), or null when nobody was in the stage. */
  public Double percent() {
    return inStage == 0 ? null : 100.0 * movedOn / inStage;
  }
}
