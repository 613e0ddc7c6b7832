package dev.cxcrm.domain.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
  @Test
  void a_password_needs_twelve_characters() {
    assertThatThrownBy(() -> PasswordRules.check("password", "elevenchars"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((InvalidInput) e).errors())
                    .singleElement()
                    .satisfies(
                        f ->
                            org.assertj.core.api.Assertions.assertThat(f.field())
                                .isEqualTo("password")));
    assertThatCode(() -> PasswordRules.check("password", "twelve chars"))
        .doesNotThrowAnyException();
  }

  @Test
  void japanese_characters_count_as_one_each() {
    assertThatCode(() -> PasswordRules.check("password", "春はあけぼのやうやう白く"))
        .doesNotThrowAnyException();
  }

  @Test
  void a_missing_password_is_refused() {
    assertThatThrownBy(() -> PasswordRules.check("password", null))
        .isInstanceOf(InvalidInput.class);
  }
}
