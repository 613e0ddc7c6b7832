package dev.cxcrm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {
  @Test
  void a_new_secret_carries_256_random_bits_behind_the_prefix() {
    String secret = ApiKeySecret.generate();

    assertThat(secret).startsWith("cxk_");
    byte[] random = Base64.getUrlDecoder().decode(secret.substring(4));
    assertThat(random).hasSize(32);
    assertThat(ApiKeySecret.looksLikeOne(secret)).isTrue();
  }

  @Test
  void secrets_do_not_repeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(ApiKeySecret.generate());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void the_stored_hash_is_hex_sha256_of_the_secret() {
    // SHA-256("abc") from FIPS 180-2.
    assertThat(ApiKeySecret.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    String secret = ApiKeySecret.generate();
    assertThat(ApiKeySecret.hash(secret))
        .hasSize(64)
        .isEqualTo(ApiKeySecret.hash(secret))
        .doesNotContain(secret);
  }

  @Test
  void tokens_of_another_shape_are_refused_before_any_lookup() {
    assertThat(ApiKeySecret.looksLikeOne(null)).isFalse();
    assertThat(ApiKeySecret.looksLikeOne("")).isFalse();
    assertThat(ApiKeySecret.looksLikeOne("cxk_short")).isFalse();
    assertThat(ApiKeySecret.looksLikeOne("xyz_" + "a".repeat(43))).isFalse();
    assertThat(ApiKeySecret.looksLikeOne("cxk_" + "a".repeat(42) + "=")).isFalse();
    assertThat(ApiKeySecret.looksLikeOne("cxk_" + "a".repeat(43))).isTrue();
  }
}
