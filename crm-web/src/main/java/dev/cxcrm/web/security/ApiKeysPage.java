package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.security.ApiKeyView;
import dev.cxcrm.ejb.security.ApiKeys;
import dev.cxcrm.ejb.security.IssuedApiKey;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

/**
 * The API keys page for administrators. A new key's secret is held only until the dialog that shows
 * it is closed; it is never stored, so it cannot be shown again.
 */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApiKeys apiKeys;
  @Inject CurrentActor currentActor;

  private List<ApiKeyView> keys;
  private String name;
  private Role role = Role.AGENT;
  private transient String issuedSecret;
  private String issuedName;

  @PostConstruct
  void load() {
    keys = apiKeys.list();
  }

  public void issue() {
    try {
      IssuedApiKey issued = apiKeys.issue(currentActor.actor(), name, role);
      issuedSecret = issued.secret();
      issuedName = issued.key().name();
      name = null;
      role = Role.AGENT;
    } catch (DomainException e) {
      FacesProblems.show(e, "sec");
    }
    keys = apiKeys.list();
  }

  /** Called when the dialog with the secret closes. */
  public void forgetSecret() {
    issuedSecret = null;
    issuedName = null;
  }

  public void revoke(ApiKeyView key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      apiKeys.revoke(currentActor.actor(), key.id());
      String text =
          faces.getApplication().getResourceBundle(faces, "sec").getString("apiKeys.revoked");
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, MessageFormat.format(text, key.name()), null));
    } catch (DomainException e) {
      FacesProblems.show(e, "sec");
    }
    keys = apiKeys.list();
  }

  public List<ApiKeyView> getKeys() {
    return keys;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getIssuedName() {
    return issuedName;
  }
}
