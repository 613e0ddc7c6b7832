package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.EmotionMap;
import java.util.Map;

/**
 * The map of one query, the touchpoints its cells name, and how many open pain points each
 * touchpoint has.
 */
public record EmotionMapResult(
    EmotionMapQuery query,
    EmotionMap map,
    Map<Long, EmotionMapTouchpoint> touchpoints,
    Map<Long, Long> openPainPoints) {

  public long openPainPoints(Long touchpointId) {
    return touchpointId == null ? 0 : openPainPoints.getOrDefault(touchpointId, 0L);
  }
}
