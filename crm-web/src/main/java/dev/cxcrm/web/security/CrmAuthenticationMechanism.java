package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.security.UserName;
import dev.cxcrm.ejb.security.Account;
import dev.cxcrm.ejb.security.Accounts;
import dev.cxcrm.ejb.security.LoginThrottles;
import dev.cxcrm.web.shared.Problems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the application (see docs/decisions/0002). It chooses by
 * path:
 *
 * <ul>
 *   <li>{@code /api/*}: an API key ({@code Authorization: Bearer}), or a user's password (HTTP
 *       Basic) on {@code POST /api/api-keys} only; otherwise a 401 problem document. No session is
 *       ever made.
 *   <li>a sign-in from the login page ({@link
 *       jakarta.security.enterprise.SecurityContext#authenticate}): throttle, check the password,
 *       give the session a new id and remember the user in it.
 *   <li>pages: the user remembered by the session, re-checked against the database on every request
 *       (a disabled user or a reset password ends the session at once); no user: the login page.
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** The account of the signed-in user for this request, for the beans of the page. */
  static final String ACCOUNT_ATTRIBUTE = Account.class.getName();

  private static final Logger LOG = Logger.getLogger(CrmAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottles throttles;
  @Inject Accounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = AccessRules.pathOf(request);
    SecurityHeadersFilter.apply(request, response);
    try {
      Credential credential =
          context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
      if (context.isAuthenticationRequest()
          && credential instanceof UsernamePasswordCredential password) {
        return signIn(password, request, context);
      }
      if (AccessRules.isApi(path)) {
        return api(path, request, response, context);
      }
      return page(path, request, response, context);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not answer an unauthenticated request", e);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    PasswordCheck check = checkPassword(credential, request.getRemoteAddr());
    request.setAttribute(SignInOutcome.REQUEST_ATTRIBUTE, check.outcome());
    if (check.result().isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Account account = check.outcome().account();
    // A new session id at sign-in: an id planted before it (session fixation) is worth nothing
    // after.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(
        SignedIn.SESSION_ATTRIBUTE, new SignedIn(account.username(), Instant.now()));
    request.setAttribute(ACCOUNT_ATTRIBUTE, account);
    return context.notifyContainerAboutLogin(check.result().get());
  }

  private AuthenticationStatus api(
      String path,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    String authorization = request.getHeader("Authorization");
    if (startsWithIgnoreCase(authorization, "Bearer ")) {
      CredentialValidationResult result =
          identityStores.validate(new ApiKeyCredential(authorization.substring(7).trim()));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, "The API key is not valid, or it was revoked.");
    }
    if (startsWithIgnoreCase(authorization, "Basic ")
        && AccessRules.acceptsPassword(path, request.getMethod())) {
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    return unauthorized(
        response,
        AccessRules.acceptsPassword(path, request.getMethod())
            ? "Send an API key (Authorization: Bearer <key>) or an administrator's password (HTTP Basic)."
            : "Send an API key: Authorization: Bearer <key>.");
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(response, "The Basic credentials are not valid base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(response, "The Basic credentials need a user name and a password.");
    }
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    PasswordCheck check = checkPassword(credential, request.getRemoteAddr());
    if (check.outcome().isLocked()) {
      long seconds = check.outcome().lockedSeconds();
      response.setHeader("Retry-After", Long.toString(seconds));
      Problems.write(
          response,
          429,
          "too-many-attempts",
          "Too Many Requests",
          "Too many failed sign-ins. Try again in " + seconds + " seconds.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (check.result().isEmpty()) {
      return unauthorized(response, "The user name or the password is wrong.");
    }
    return context.notifyContainerAboutLogin(check.result().get());
  }

  private AuthenticationStatus page(
      String path,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    if (AccessRules.isStaticResource(path)) {
      return context.doNothing();
    }
    Optional<Account> account = sessionAccount(request);
    if (account.isPresent()) {
      Account a = account.get();
      if (AccessRules.isAdminOnly(path) && a.role() != Role.ADMIN
          || AccessRules.isForManagers(path) && a.role() == Role.AGENT) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.setAttribute(ACCOUNT_ATTRIBUTE, a);
      return context.notifyContainerAboutLogin(a.username(), Set.of(a.role().name()));
    }
    if (AccessRules.isPublic(path)) {
      return context.doNothing();
    }
    return toLoginPage(request, response, context);
  }

  /** The session's user if still enabled and the password was not reset since the sign-in. */
  private Optional<Account> sessionAccount(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn)) {
      return Optional.empty();
    }
    Optional<Account> account =
        accounts
            .active(new UserName(signedIn.username()))
            .filter(a -> !a.passwordChangedAt().isAfter(signedIn.since()));
    if (account.isEmpty()) {
      session.invalidate();
    }
    return account;
  }

  private AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws IOException {
    String login = request.getContextPath() + AccessRules.LOGIN_PAGE;
    // An Ajax request cannot follow a 302; Faces' partial response tells the browser to go there.
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login
                  + "\"></redirect></partial-response>");
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login + nextParameter(request));
  }

  /**
   * {@code ?next=<the page asked for>} for a GET of a page (a bookmark, a link), so that the login
   * page can go on there; nothing for the welcome page or a form post, whose page is gone.
   */
  private static String nextParameter(HttpServletRequest request) {
    String path = AccessRules.pathOf(request);
    if (!"GET".equals(request.getMethod()) || path.equals("/") || path.isEmpty()) {
      return "";
    }
    String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    return AccessRules.returnPath(next)
        .map(n -> "?next=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
        .orElse("");
  }

  /**
   * Throttle first (a locked subject's password is not even checked), then the identity stores.
   * Every failure counts against the name (known or not) and the client address.
   */
  private PasswordCheck checkPassword(UsernamePasswordCredential credential, String address) {
    String username = credential.getCaller() == null ? "" : credential.getCaller();
    Duration lock = throttles.remainingLock(username, address);
    if (!lock.isZero()) {
      return new PasswordCheck(SignInOutcome.locked(lock), Optional.empty());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      recordFailure(username, address);
      return new PasswordCheck(SignInOutcome.refused(), Optional.empty());
    }
    Optional<Account> account =
        accounts.active(new UserName(result.getCallerPrincipal().getName()));
    if (account.isEmpty()) {
      return new PasswordCheck(SignInOutcome.refused(), Optional.empty());
    }
    throttles.recordSuccess(username);
    return new PasswordCheck(SignInOutcome.signedIn(account.get()), Optional.of(result));
  }

  private void recordFailure(String username, String address) {
    try {
      throttles.recordFailure(username, address);
    } catch (RuntimeException e) {
      // Two servers counting the very first failure of one subject at once: one insert loses. The
      // attempt was refused anyway; the next failure is counted.
      LOG.log(Level.FINE, "A failed sign-in was not counted", e);
    }
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    Problems.write(response, 401, "unauthorized", "Unauthorized", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value != null && value.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private record PasswordCheck(
      SignInOutcome outcome, Optional<CredentialValidationResult> result) {}
}
