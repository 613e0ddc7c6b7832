package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.FieldError;
import java.util.List;
import java.util.Map;

/** What a record that names a touchpoint checks of it: that it exists and is active. */
public final class TouchpointChecks {
  private TouchpointChecks() {}

  /** Adds {@code messageKey} on {@code touchpointId} when the touchpoint named is not active. */
  public static void active(
      List<FieldError> errors,
      Long touchpointId,
      Map<Long, EmotionMapTouchpoint> touchpoints,
      String messageKey) {
    if (touchpointId != null) {
      EmotionMapTouchpoint t = touchpoints.get(touchpointId);
      if (t == null || !t.active()) {
        errors.add(
            FieldError.of(
                "touchpointId", messageKey, "There is no active touchpoint with this id."));
      }
    }
  }
}
