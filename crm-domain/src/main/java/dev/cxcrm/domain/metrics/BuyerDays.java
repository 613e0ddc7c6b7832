package dev.cxcrm.domain.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The days one customer bought on (in one currency, under one cut value), as a rollup counts the
 * buyers from them without keeping who they were: the first day, from which the customer counts in
 * the revenue to date, and the spans of days whose {@link LifetimeValue#WINDOW_DAYS}-day window
 * (that day and the 364 before) holds at least one of the days. The buyers of a window ending on
 * day b are then the spans that started on or before b minus those that ended before it: two sums
 * over days, which a daily rollup keeps.
 */
public record BuyerDays(NavigableSet<LocalDate> days) {
  public BuyerDays {
    days = new TreeSet<>(Objects.requireNonNull(days, "days"));
  }

  /** From {@code from} to {@code until}, both included: the end days at which the buyer counts. */
  public record Span(LocalDate from, LocalDate until) {}

  /** The first day, or null without any. */
  public LocalDate first() {
    return days.isEmpty() ? null : days.first();
  }

  /** The spans in order; each starts on a day bought and ends a window's length after a day. */
  public List<Span> spans() {
    List<Span> spans = new ArrayList<>();
    LocalDate from = null;
    LocalDate until = null;
    for (LocalDate d : days) {
      LocalDate last = d.plusDays(LifetimeValue.WINDOW_DAYS - 1L);
      if (until != null && !d.isAfter(until.plusDays(1))) {
        until = last;
      } else {
        if (from != null) {
          spans.add(new Span(from, until));
        }
        from = d;
        until = last;
      }
    }
    if (from != null) {
      spans.add(new Span(from, until));
    }
    return List.copyOf(spans);
  }

  /** These days and {@code more}. */
  public BuyerDays with(java.util.Collection<LocalDate> more) {
    NavigableSet<LocalDate> all = new TreeSet<>(days);
    all.addAll(more);
    return new BuyerDays(all);
  }
}
