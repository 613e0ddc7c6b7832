package dev.cxcrm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of every response. Faces pages get it from PrimeFaces (CSP mode),
 * which appends the per-response script nonce to {@link #getForPrimeFaces()} (web.xml {@code
 * primefaces.CSP_POLICY}); every other response gets {@link #STATIC} from the headers filter.
 * Styles allow 'unsafe-inline' because PrimeFaces components write style attributes; scripts do
 * not.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {
  static final String BASE =
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:";

  static final String STATIC = BASE + "; script-src 'self'";

  /**
   * PrimeFaces appends {@code 'nonce-…';} to this, so it must end with the script-src directive.
   */
  public String getForPrimeFaces() {
    return STATIC;
  }
}
