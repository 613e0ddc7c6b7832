package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.security.UserName;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.security.Account;
import dev.cxcrm.ejb.security.NewUser;
import dev.cxcrm.ejb.security.UserAdministration;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The users page for administrators: list, create, enable or disable, change role, reset password.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;
  @Inject CurrentActor currentActor;

  private List<Account> accounts;

  /**
   * The role chosen in each row's menu, by user name, as the role's name: a map value carries no
   * type that Faces could convert an enum to.
   */
  private final Map<String, String> roleOf = new HashMap<>();

  private String newUsername;
  private String newDisplayName;
  private Role newRole = Role.AGENT;
  private String newPassword;
  private String resetUsername;
  private String resetPassword;

  @PostConstruct
  void load() {
    accounts = users.list();
    roleOf.clear();
    accounts.forEach(a -> roleOf.put(a.username(), a.role().name()));
  }

  public boolean isSelf(Account account) {
    return account.username().equals(currentActor.getName());
  }

  public void create() {
    run(
        () ->
            users.create(
                currentActor.actor(),
                new NewUser(newUsername, newDisplayName, newRole, newPassword)),
        "users.created");
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      newUsername = null;
      newDisplayName = null;
      newRole = Role.AGENT;
    }
    newPassword = null;
  }

  public void setEnabled(Account account, boolean enabled) {
    run(
        () -> users.setEnabled(currentActor.actor(), new UserName(account.username()), enabled),
        enabled ? "users.enabled" : "users.disabled");
  }

  public void changeRole(Account account) {
    String chosen = roleOf.get(account.username());
    Role role = chosen == null ? null : Role.valueOf(chosen);
    run(
        () -> users.changeRole(currentActor.actor(), new UserName(account.username()), role),
        "users.roleChanged");
  }

  public void startReset(Account account) {
    resetUsername = account.username();
    resetPassword = null;
  }

  public void reset() {
    run(
        () ->
            users.resetPassword(
                currentActor.actor(), UserName.lookup(resetUsername), resetPassword),
        "users.passwordReset");
    resetPassword = null;
  }

  private void run(Supplier<Account> change, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Account changed = change.get();
      String text = faces.getApplication().getResourceBundle(faces, "sec").getString(doneKey);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, MessageFormat.format(text, changed.username()), null));
    } catch (DomainException e) {
      FacesProblems.show(e, "sec");
    }
    load();
  }

  public Map<String, String> getRoleOf() {
    return roleOf;
  }

  public List<Account> getAccounts() {
    return accounts;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getResetUsername() {
    return resetUsername;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
