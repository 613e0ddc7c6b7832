package dev.cxcrm.ejb.interaction;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;

/** Small JDBC helpers shared by the interaction store; both PostgreSQL and H2 accept them. */
final class Jdbc {
  private Jdbc() {}

  static OffsetDateTime time(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  /** PostgreSQL answers timestamptz as Timestamp, H2 as OffsetDateTime. */
  static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("Not a timestamp: " + o.getClass());
  }

  static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static int bindAll(PreparedStatement s, int from, Collection<?> values) throws SQLException {
    int p = from;
    for (Object v : values) {
      s.setObject(p++, v);
    }
    return p;
  }
}
