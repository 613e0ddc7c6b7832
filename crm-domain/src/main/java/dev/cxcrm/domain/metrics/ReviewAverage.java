package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * Review average: the mean stars (1–5) of the reviews given in the period, with their number; no
 * review means no average (null), never 0. Built from (n, sum of stars), what a rollup holds.
 */
public record ReviewAverage(long n, long sum) implements Sampled {
  public static final int STARS_MAX = 5;

  public ReviewAverage {
    if (n < 0 || sum < n || sum > n * STARS_MAX) {
      throw new IllegalArgumentException(sum + " stars cannot come from " + n + " reviews");
    }
  }

  /** One review: its stars, 1 to 5, and when it was given. */
  public record Review(int stars, Instant at) {
    public Review {
      Objects.requireNonNull(at, "at");
      if (stars < 1 || stars > STARS_MAX) {
        throw new IllegalArgumentException("Stars are from 1 to 5: " + stars);
      }
    }
  }

  /** The reviews given inside the period in {@code zone}. */
  public static ReviewAverage of(Collection<Review> reviews, ReportPeriod period, ZoneId zone) {
    Span span = Span.of(period, zone);
    long n = 0;
    long sum = 0;
    for (Review r : reviews) {
      if (span.contains(r.at())) {
        n++;
        sum += r.stars();
      }
    }
    return new ReviewAverage(n, sum);
  }

  /** The mean stars, or null without reviews. */
  public Double mean() {
    return n == 0 ? null : sum / (double) n;
  }
}
