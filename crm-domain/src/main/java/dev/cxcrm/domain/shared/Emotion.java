package dev.cxcrm.domain.shared;

/**
 * How a customer felt in a contact, on the scale from -2 (very negative) through 0 (neutral) to +2
 * (very positive): the one place the scale is defined, for the interactions that carry it and the
 * emotion map that counts it.
 */
public record Emotion(int value) {
  public static final int MIN = -2;
  public static final int MAX = 2;

  public Emotion {
    if (!isOnScale(value)) {
      throw new IllegalArgumentException("An emotion is between -2 and +2: " + value);
    }
  }

  public static boolean isOnScale(int value) {
    return value >= MIN && value <= MAX;
  }
}
