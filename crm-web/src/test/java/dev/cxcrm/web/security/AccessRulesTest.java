package dev.cxcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessRulesTest {
  @Test
  void the_login_page_resources_and_probes_are_open_to_anyone() {
    assertThat(AccessRules.isPublic("/login.xhtml")).isTrue();
    assertThat(AccessRules.isPublic("/error.xhtml")).isTrue();
    assertThat(AccessRules.isPublic("/jakarta.faces.resource/theme.css.xhtml")).isTrue();
    assertThat(AccessRules.isPublic("/health/ready")).isTrue();
    assertThat(AccessRules.isPublic("/openapi")).isTrue();
    assertThat(AccessRules.isPublic("/metrics")).isTrue();
  }

  @Test
  void the_rules_see_the_path_the_container_maps_not_the_raw_address() {
    // /%61dmin/users.xhtml and /x/../admin/users.xhtml reach the page whose servlet path is
    // /admin/users.xhtml: the rules see that path.
    assertThat(AccessRules.pathOf("/admin/users.xhtml", null)).isEqualTo("/admin/users.xhtml");
    assertThat(AccessRules.isAdminOnly(AccessRules.pathOf("/admin/users.xhtml", null))).isTrue();
    assertThat(AccessRules.pathOf("/api", "/customers/1")).isEqualTo("/api/customers/1");
    assertThat(AccessRules.pathOf("", "/")).isEqualTo("/");
    assertThat(AccessRules.pathOf("", null)).isEqualTo("/");
    // Health is open as itself and its children, not as any name that starts with it.
    assertThat(AccessRules.isPublic("/health")).isTrue();
    assertThat(AccessRules.isPublic("/health/live")).isTrue();
    assertThat(AccessRules.isPublic("/healthz.xhtml")).isFalse();
    assertThat(AccessRules.isPublic("/health.xhtml")).isFalse();
  }

  @Test
  void every_other_page_needs_a_signed_in_user() {
    assertThat(AccessRules.isPublic("/")).isFalse();
    assertThat(AccessRules.isPublic("/customers.xhtml")).isFalse();
    assertThat(AccessRules.isPublic("/login.xhtml.bak")).isFalse();
    assertThat(AccessRules.isPublic("/admin/users.xhtml")).isFalse();
  }

  @Test
  void only_the_admin_folder_needs_the_admin_role() {
    assertThat(AccessRules.isAdminOnly("/admin/api-keys.xhtml")).isTrue();
    assertThat(AccessRules.isAdminOnly("/admin/users.xhtml")).isTrue();
    assertThat(AccessRules.isAdminOnly("/customers.xhtml")).isFalse();
    assertThat(AccessRules.isAdminOnly("/journey/funnel.xhtml")).isFalse();
  }

  @Test
  void managers_keep_the_business_catalogues_but_no_other_admin_page() {
    assertThat(AccessRules.isAdminOnly("/admin/response-standards.xhtml")).isFalse();
    assertThat(AccessRules.isForManagers("/admin/response-standards.xhtml")).isTrue();
    assertThat(AccessRules.isAdminOnly("/admin/touchpoints.xhtml")).isFalse();
    assertThat(AccessRules.isForManagers("/admin/touchpoints.xhtml")).isTrue();
    assertThat(AccessRules.isForManagers("/admin/users.xhtml")).isFalse();
    // Managers enter the benchmarks, as the API lets them.
    assertThat(AccessRules.isAdminOnly("/admin/benchmarks.xhtml")).isFalse();
    assertThat(AccessRules.isForManagers("/admin/benchmarks.xhtml")).isTrue();
    assertThat(AccessRules.isForManagers("/journey/funnel.xhtml")).isFalse();
  }

  @Test
  void a_password_is_accepted_only_to_create_an_api_key() {
    assertThat(AccessRules.acceptsPassword("/api/api-keys", "POST")).isTrue();
    assertThat(AccessRules.acceptsPassword("/api/api-keys", "GET")).isFalse();
    assertThat(AccessRules.acceptsPassword("/api/api-keys/1", "DELETE")).isFalse();
    assertThat(AccessRules.acceptsPassword("/api/customers", "POST")).isFalse();
  }

  @Test
  void the_api_is_everything_under_api() {
    assertThat(AccessRules.isApi("/api/customers")).isTrue();
    assertThat(AccessRules.isApi("/api")).isTrue();
    assertThat(AccessRules.isApi("/apidocs.xhtml")).isFalse();
  }

  @Test
  void after_sign_in_only_a_path_inside_the_application_is_followed() {
    assertThat(AccessRules.returnPath("/customer.xhtml?id=42")).contains("/customer.xhtml?id=42");
    assertThat(AccessRules.returnPath("/customers.xhtml?q=%E9%88%B4&type=LONG_TERM"))
        .contains("/customers.xhtml?q=%E9%88%B4&type=LONG_TERM");
    assertThat(AccessRules.returnPath("/admin/users.xhtml")).contains("/admin/users.xhtml");
  }

  @Test
  void after_sign_in_no_other_site_scheme_login_page_or_api_is_followed() {
    for (String next :
        new String[] {
          null,
          "",
          "customer.xhtml",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "/\tevil.example",
          "/ /evil.example",
          "javascript:alert(1)",
          "/login.xhtml?next=/x",
          "/api/customers",
          "/" + "a".repeat(2001)
        }) {
      assertThat(AccessRules.returnPath(next)).as(String.valueOf(next)).isEmpty();
    }
  }

  @Test
  void the_root_cause_catalogue_and_the_case_figures_are_for_managers_not_only_admins() {
    assertThat(AccessRules.isAdminOnly("/admin/root-causes.xhtml")).isFalse();
    assertThat(AccessRules.isForManagers("/admin/root-causes.xhtml")).isTrue();
    assertThat(AccessRules.isForManagers("/interactions/case-rates.xhtml")).isTrue();
    assertThat(AccessRules.isForManagers("/cases.xhtml")).isFalse();
    assertThat(AccessRules.isAdminOnly("/admin/users.xhtml")).isTrue();
  }
}
