package dev.cxcrm.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in a {@code timestamp with time zone} column; Jakarta Persistence 3.1 does not
 * map it by itself. The column side is {@link OffsetDateTime} (in UTC), which both drivers read and
 * write: H2 returns {@code OffsetDateTime} for such columns, so a {@code java.sql.Timestamp} converter
 * fails on H2 with a ClassCastException.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant value) {
    return value == null ? null : value.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
