package dev.cxcrm.web.security;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.security.Account;
import dev.cxcrm.ejb.security.Accounts;
import dev.cxcrm.ejb.security.LoginThrottles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signed-in user changes their own password. The current password is guessed no faster than at
 * sign-in: the same throttle (per user name and client address) applies to it. Afterwards this
 * session stays signed in; the user's other sessions end.
 */
@Named
@RequestScoped
public class AccountPage {
  static final String FORM = "account";
  private static final Logger LOG = Logger.getLogger(AccountPage.class.getName());

  @Inject Accounts accounts;
  @Inject LoginThrottles throttles;
  @Inject CurrentActor currentActor;
  @Inject HttpServletRequest request;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  public void change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle sec = faces.getApplication().getResourceBundle(faces, "sec");
    String me = currentActor.getName();
    String address = request.getRemoteAddr();
    try {
      Duration lock = throttles.remainingLock(me, address);
      if (!lock.isZero()) {
        long seconds = SignInOutcome.locked(lock).lockedSeconds();
        error(
            faces,
            "currentPassword",
            MessageFormat.format(sec.getString("account.locked"), seconds));
        return;
      }
      if (newPassword == null || !newPassword.equals(repeatedPassword)) {
        error(faces, "repeatedPassword", sec.getString("account.mismatch"));
        return;
      }
      Account changed = accounts.changeOwnPassword(currentPassword, newPassword);
      throttles.recordSuccess(me);
      // A new session id after a credential change, and the new time, so that the check on every
      // request (CrmAuthenticationMechanism) keeps this session and ends the older ones.
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(SignedIn.SESSION_ATTRIBUTE, new SignedIn(me, changed.passwordChangedAt()));
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, sec.getString("account.changed"), null));
    } catch (InvalidInput e) {
      for (FieldError f : e.errors()) {
        if ("currentPassword".equals(f.field())) {
          recordFailure(me, address);
        }
        String text =
            sec.containsKey(f.messageKey())
                ? MessageFormat.format(sec.getString(f.messageKey()), f.args().toArray())
                : f.message();
        error(faces, f.field(), text);
      }
    } finally {
      // Passwords are never rendered back into the page.
      currentPassword = null;
      newPassword = null;
      repeatedPassword = null;
    }
  }

  private void recordFailure(String username, String address) {
    try {
      throttles.recordFailure(username, address);
    } catch (RuntimeException e) {
      // As at sign-in: a lost race on the very first failure; the next one is counted.
      LOG.log(Level.FINE, "A wrong current password was not counted", e);
    }
  }

  private static void error(FacesContext faces, String field, String text) {
    faces.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
