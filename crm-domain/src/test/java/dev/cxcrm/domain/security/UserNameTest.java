package dev.cxcrm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

class UserNameTest {
  @Test
  void a_user_name_follows_the_naming_rule() {
    assertThat(new UserName("admin").value()).isEqualTo("admin");
    assertThat(new UserName("sato.k_2-x").value()).isEqualTo("sato.k_2-x");
    assertThat(new UserName("a".repeat(50)).value()).hasSize(50);
  }

  @Test
  void a_blank_missing_or_ill_formed_name_is_refused() {
    for (String bad :
        new String[] {
          null, "", "   ", "ab", "Admin", " admin", "-admin", "a b c", "a".repeat(51)
        }) {
      assertThatThrownBy(() -> new UserName(bad))
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void an_api_key_principal_is_not_a_user_name() {
    assertThat(NamingRules.isUsername("apikey:crm-sync")).isFalse();
  }

  @Test
  void names_that_are_the_same_are_equal_and_print_as_the_name() {
    assertThat(new UserName("sato")).isEqualTo(new UserName("sato"));
    assertThat("User " + new UserName("sato")).isEqualTo("User sato");
  }

  @Test
  void a_name_a_client_asks_for_that_no_user_can_have_is_not_found() {
    assertThat(UserName.lookup("sato")).isEqualTo(new UserName("sato"));
    assertThatThrownBy(() -> UserName.lookup("No Such"))
        .isInstanceOf(NotFound.class)
        .hasMessage("User No Such was not found.");
  }
}
