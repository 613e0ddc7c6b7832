package dev.cxcrm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are open to anyone, which need a signed-in user or an API key, and which an
 * admin.
 */
final class AccessRules {
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String API_KEYS = "/api/api-keys";

  private static final List<String> PUBLIC_PAGES =
      List.of(LOGIN_PAGE, "/error.xhtml", "/error.html", "/openapi", "/metrics", "/health");

  /**
   * Open to anyone below these folders: static resources, health's probes, and the customers'
   * survey pages (a personal link under /s/ and the two pages it shows; they hold no data without
   * the link's secret).
   */
  private static final List<String> PUBLIC_PREFIXES =
      List.of("/jakarta.faces.resource/", "/health/", "/s/", "/survey/");

  /**
   * Pages for managers and admins, refused to agents: the business's catalogues and settings (under
   * /admin/ but not admin-only) and the team's figures.
   */
  private static final List<String> MANAGER_PAGES =
      List.of(
          "/admin/response-standards.xhtml",
          "/admin/touchpoints.xhtml",
          "/admin/root-causes.xhtml",
          "/admin/playbooks.xhtml",
          "/admin/surveys.xhtml",
          "/admin/benchmarks.xhtml",
          "/interactions/case-rates.xhtml",
          "/interactions/compliance.xhtml",
          "/playbook/figures.xhtml");

  private AccessRules() {}

  /**
   * The path inside the application as the container maps it to a page or resource: decoded and
   * normalised (no context root, path parameters, query, percent escapes or dot segments), so that
   * {@code /%61dmin/users.xhtml} is {@code /admin/users.xhtml} to these rules as it is to the page
   * it opens.
   */
  static String pathOf(HttpServletRequest request) {
    return pathOf(request.getServletPath(), request.getPathInfo());
  }

  /** The servlet path and the path info (each may be empty or null) as one path. */
  static String pathOf(String servletPath, String pathInfo) {
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    return path.isEmpty() ? "/" : path;
  }

  /**
   * Where to go after sign-in, when the login page was given {@code next}: only a path inside this
   * application ({@code /customer.xhtml?id=42}), never an address a link could point elsewhere
   * with. Refused: anything not starting with one {@code /} ({@code https://…}, {@code
   * javascript:…}, {@code //host}), backslashes and whitespace or control characters (browsers read
   * {@code /\host} and {@code /<tab>/host} as {@code //host}), the login page itself and the API.
   */
  static Optional<String> returnPath(String next) {
    if (next == null
        || next.length() > 2000
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.indexOf('\\') >= 0
        || next.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f || Character.isWhitespace(c))) {
      return Optional.empty();
    }
    String path = next.split("[?#]", 2)[0];
    if (path.equals(LOGIN_PAGE) || isApi(path)) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/");
  }

  static boolean isPublic(String path) {
    return PUBLIC_PAGES.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  static boolean isAdminOnly(String path) {
    return path.startsWith("/admin/") && !isForManagers(path);
  }

  /** Pages for managers and administrators, closed to agents. */
  static boolean isForManagers(String path) {
    return MANAGER_PAGES.contains(path);
  }

  /**
   * The one API call that accepts a user's password (HTTP Basic): creating an API key, so that a
   * new installation can get its first key without the UI. Everything else in the API needs a key.
   */
  static boolean acceptsPassword(String path, String method) {
    return API_KEYS.equals(path) && "POST".equals(method);
  }
}
