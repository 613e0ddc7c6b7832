package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The cut of the emotion map: a period of whole days in the business's time zone, both ends
 * included, and optional filters on the customer's segment label and relationship type and on the
 * interaction's channel (null: any).
 */
public record EmotionMapQuery(
    LocalDate from,
    LocalDate to,
    String segment,
    RelationshipType relationshipType,
    Channel channel)
    implements Serializable {
  /** The longest segment label a customer can carry. */
  private static final int SEGMENT_MAX = 50;

  public EmotionMapQuery {
    segment = segment == null || segment.isBlank() ? null : segment.strip();
  }

  /**
   * The query with its period completed and checked by {@link EmotionMap#PERIOD} (missing days, the
   * longest period).
   */
  public EmotionMapQuery completed(LocalDate today) {
    if (segment != null && segment.length() > SEGMENT_MAX) {
      throw InvalidInput.of(
          "segment", "map.validation.segment", "At most {0} characters.", SEGMENT_MAX);
    }
    ReportPeriod p = EmotionMap.PERIOD.period(from, to, today);
    return new EmotionMapQuery(p.from(), p.to(), segment, relationshipType, channel);
  }
}
