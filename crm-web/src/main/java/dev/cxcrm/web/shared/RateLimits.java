package dev.cxcrm.web.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request limits per caller key (here: per address on the public survey pages), as token buckets
 * (Bucket4j) that refill evenly over a minute, kept for the most recent {@value #KEYS_MAX} keys
 * (Caffeine drops the least recently used). A refused request is answered 429 with {@code
 * Retry-After} and the {@code RateLimit-Policy} / {@code RateLimit} headers of the IETF draft. The
 * limit comes from {@code crm.rate.public-per-minute} (default 60).
 */
@ApplicationScoped
public class RateLimits {
  static final int KEYS_MAX = 100_000;

  @Inject
  @ConfigProperty(name = "crm.rate.public-per-minute", defaultValue = "60")
  int perMinute;

  private Cache<String, Bucket> buckets;

  @PostConstruct
  void start() {
    buckets =
        Caffeine.newBuilder()
            .maximumSize(KEYS_MAX)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
  }

  /**
   * Takes one request of {@code key}'s allowance: true when it may go on; false after answering 429
   * on {@code response}.
   */
  public boolean admit(String key, HttpServletResponse response) {
    Bucket bucket =
        buckets.get(
            key,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(perMinute)
                            .refillGreedy(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    long reset = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    response.setHeader("RateLimit-Policy", perMinute + ";w=60");
    response.setHeader(
        "RateLimit",
        "limit="
            + perMinute
            + ", remaining="
            + probe.getRemainingTokens()
            + ", reset="
            + (probe.isConsumed() ? 0 : reset));
    if (probe.isConsumed()) {
      return true;
    }
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(reset));
    return false;
  }
}
