package dev.cxcrm.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in {@code timestamp with time zone} columns; Jakarta Persistence 3.1 maps
 * {@link OffsetDateTime} but not {@code Instant}. Going through OffsetDateTime (not
 * java.sql.Timestamp) keeps the value independent of the server's time zone, and H2 returns that
 * type for these columns.
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
