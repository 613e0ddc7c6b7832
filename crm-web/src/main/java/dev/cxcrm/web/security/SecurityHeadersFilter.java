package dev.cxcrm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the application. The Content-Security-Policy set here is
 * replaced (not joined) by the one PrimeFaces writes for a page, which carries that page's nonce:
 * two policies would both apply, and this one would block the page's nonce scripts.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String CSP = "Content-Security-Policy";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Also called by the authentication mechanism, whose refusals never reach the filters. */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, ContentSecurityPolicy.STATIC);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!AccessRules.isStaticResource(AccessRules.pathOf(request))) {
      // Pages and API answers hold customer data: no copy in shared or browser caches.
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** Turns a second Content-Security-Policy header into a replacement of the first. */
  private static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
