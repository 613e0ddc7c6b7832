package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
  /** A response that keeps its status and headers. */
  private static HttpServletResponse response(Map<String, Object> seen) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            RateLimitsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" -> seen.put((String) args[0], args[1]);
                case "setStatus" -> seen.put("status", args[0]);
                default -> {}
              }
              return null;
            });
  }

  @Test
  void each_key_gets_its_allowance_and_beyond_it_a_429_that_says_when_to_come_back() {
    RateLimits limits = new RateLimits();
    limits.perMinute = 3;
    limits.start();
    Map<String, Object> seen = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      assertThat(limits.admit("a", response(seen))).isTrue();
    }
    assertThat(seen).doesNotContainKey("status");
    assertThat(seen.get("RateLimit")).isEqualTo("limit=3, remaining=0, reset=0");
    assertThat(seen.get("RateLimit-Policy")).isEqualTo("3;w=60");

    assertThat(limits.admit("a", response(seen))).isFalse();
    assertThat(seen.get("status")).isEqualTo(429);
    long retry = Long.parseLong((String) seen.get("Retry-After"));
    assertThat(retry).isBetween(1L, 21L);
    assertThat((String) seen.get("RateLimit")).startsWith("limit=3, remaining=0, reset=");

    // Another address is not affected.
    Map<String, Object> other = new HashMap<>();
    assertThat(limits.admit("b", response(other))).isTrue();
    assertThat(other).doesNotContainKey("status");
  }
}
