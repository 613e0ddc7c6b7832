package dev.cxcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManagerPagesTest {
  @Test
  void managers_keep_the_touchpoint_catalogue_but_no_other_admin_page() {
    assertThat(AccessRules.isManagerOnly("/admin/touchpoints.xhtml")).isTrue();
    assertThat(AccessRules.isAdminOnly("/admin/touchpoints.xhtml")).isFalse();
    assertThat(AccessRules.isManagerOnly("/admin/users.xhtml")).isFalse();
    assertThat(AccessRules.isAdminOnly("/admin/users.xhtml")).isTrue();
    assertThat(AccessRules.isManagerOnly("/journey/funnel.xhtml")).isFalse();
    assertThat(AccessRules.isAdminOnly("/journey/funnel.xhtml")).isFalse();
  }
}
