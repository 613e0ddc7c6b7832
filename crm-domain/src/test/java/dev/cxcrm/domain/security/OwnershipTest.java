package dev.cxcrm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.Forbidden;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipTest {
  private static final Actor AGENT = new Actor("sato", Role.AGENT);
  private static final Actor MANAGER = new Actor("suzuki", Role.MANAGER);
  private static final Actor ADMIN = new Actor("admin", Role.ADMIN);

  @Test
  void an_agent_changes_its_own_and_unowned_records_only() {
    assertThat(Ownership.mayChange(AGENT, "sato")).isTrue();
    assertThat(Ownership.mayChange(AGENT, null)).isTrue();
    assertThat(Ownership.mayChange(AGENT, "tanaka")).isFalse();
  }

  @Test
  void managers_and_admins_change_any_record() {
    assertThat(Ownership.mayChange(MANAGER, "tanaka")).isTrue();
    assertThat(Ownership.mayChange(ADMIN, "tanaka")).isTrue();
    assertThat(Ownership.mayChange(MANAGER, null)).isTrue();
  }

  @Test
  void a_refused_change_names_the_record_and_who_may_change_it() {
    assertThatThrownBy(() -> Ownership.requireMayChange(AGENT, "tanaka", "case"))
        .isInstanceOf(Forbidden.class)
        .hasMessage("Only the owner of this case or a manager may change it.");
    Ownership.requireMayChange(AGENT, null, "customer");
  }

  @Test
  void an_agent_names_only_itself_or_nobody_or_keeps_the_current_owner() {
    assertThat(Ownership.mayName(AGENT, "sato", null)).isTrue();
    assertThat(Ownership.mayName(AGENT, null, "tanaka")).isTrue();
    assertThat(Ownership.mayName(AGENT, "tanaka", "tanaka")).isTrue();
    assertThat(Ownership.mayName(AGENT, "tanaka", null)).isFalse();
    assertThat(Ownership.mayName(AGENT, "tanaka", "sato")).isFalse();
  }

  @Test
  void managers_name_anyone() {
    assertThat(Ownership.mayName(MANAGER, "tanaka", "sato")).isTrue();
    assertThat(Ownership.mayName(ADMIN, "tanaka", null)).isTrue();
  }

  @Test
  void an_agent_is_offered_the_current_owner_and_itself_a_manager_everyone() {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("tanaka", "田中");
    users.put("sato", "佐藤");
    users.put("yamada", "山田");
    assertThat(Ownership.choices(AGENT, "tanaka", users))
        .containsExactly(Map.entry("tanaka", "田中"), Map.entry("sato", "佐藤"));
    assertThat(Ownership.choices(AGENT, null, users)).containsExactly(Map.entry("sato", "佐藤"));
    assertThat(Ownership.choices(MANAGER, null, users)).isEqualTo(users);
  }

  @Test
  void an_agent_without_an_account_entry_is_still_offered_itself() {
    assertThat(Ownership.choices(AGENT, null, Map.of())).containsExactly(Map.entry("sato", "sato"));
  }

  @Test
  void only_agents_are_limited_to_their_own_records() {
    assertThat(Ownership.limitedToOwn(AGENT)).isTrue();
    assertThat(Ownership.limitedToOwn(MANAGER)).isFalse();
    assertThat(Ownership.limitedToOwn(ADMIN)).isFalse();
  }
}
