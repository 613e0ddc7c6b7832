package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.ZoneId;

/** A report period as the half-open range of instants [start, end) in the business's zone. */
record Span(Instant start, Instant end) {
  static Span of(ReportPeriod period, ZoneId zone) {
    return new Span(period.start(zone), period.end(zone));
  }

  boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }
}
