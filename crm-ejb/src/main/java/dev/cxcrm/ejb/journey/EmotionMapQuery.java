package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.customer.RelationshipType;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
  /** The default period: the last 90 days, today included. */
  public static final int DEFAULT_DAYS = 90;

  /** The longest period one request may aggregate (two years), so that no request scans all. */
  public static final int MAX_DAYS = 731;

  public EmotionMapQuery {
    segment = segment == null || segment.isBlank() ? null : segment.strip();
  }

  /**
   * The query with the default period filled in where an end is missing, checked: from not after
   * to, at most {@value #MAX_DAYS} days.
   */
  public EmotionMapQuery completed(LocalDate today) {
    LocalDate t = to == null ? (from == null ? today : from.plusDays(DEFAULT_DAYS - 1)) : to;
    LocalDate f = from == null ? t.minusDays(DEFAULT_DAYS - 1) : from;
    List<FieldError> errors = new ArrayList<>();
    if (f.isAfter(t)) {
      errors.add(FieldError.of("to", "validation.startAfterEnd", "Must not be before from."));
    } else if (ChronoUnit.DAYS.between(f, t) + 1 > MAX_DAYS) {
      errors.add(FieldError.of("to", "validation.periodTooLong", "At most {0} days.", MAX_DAYS));
    }
    if (segment != null && segment.length() > 50) {
      errors.add(FieldError.of("segment", "map.validation.segment", "At most 50 characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new EmotionMapQuery(f, t, segment, relationshipType, channel);
  }
}
