package dev.cxcrm.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The login form: hands the credentials to the authentication mechanism and reports its answer. A
 * successful sign-in goes on to the page first asked for ({@code ?next=}, checked by {@link
 * AccessRules#returnPath}), or to the welcome page.
 */
@Named
@RequestScoped
public class LoginBean {
  @Inject SecurityContext security;
  @Inject LocaleBean localeBean;

  private String username;
  private String password;

  /** The page asked for before sign-in (view parameter, then a hidden field of the form). */
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
    password = null;
    SignInOutcome outcome = (SignInOutcome) request.getAttribute(SignInOutcome.REQUEST_ATTRIBUTE);
    if (status == AuthenticationStatus.SUCCESS && outcome != null && outcome.account() != null) {
      localeBean.signedIn();
      external.redirect(
          external.getRequestContextPath() + AccessRules.returnPath(next).orElse("/"));
      return;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return;
    }
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureText(faces, outcome), null));
  }

  /** The same text for an unknown name, a wrong password and a disabled account. */
  private static String failureText(FacesContext faces, SignInOutcome outcome) {
    ResourceBundle sec = faces.getApplication().getResourceBundle(faces, "sec");
    if (outcome != null && outcome.isLocked()) {
      return MessageFormat.format(sec.getString("login.locked"), outcome.lockedSeconds());
    }
    return sec.getString("login.failed");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
