package dev.cxcrm.domain.journey;

/** How badly a pain point hurts, from 1 (a nuisance) to 5 (customers leave over it). */
public record Severity(int value) {
  public static final int MIN = 1;
  public static final int MAX = 5;

  public Severity {
    if (!isOnScale(value)) {
      throw new IllegalArgumentException("Severity is 1 to 5: " + value);
    }
  }

  public static boolean isOnScale(int value) {
    return value >= MIN && value <= MAX;
  }
}
