package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.UserLocale;
import dev.cxcrm.ejb.security.Accounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the UI for this session: the signed-in user's saved choice, or before sign-in the
 * browser's preference (Japanese unless it asks for English). Templates use
 * {@code <f:view locale="#{localeBean.locale}">}.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient CurrentActor currentActor;

  private UserLocale locale;

  public Locale getLocale() {
    return current().locale();
  }

  public String getLanguage() {
    return current().tag();
  }

  /** Switches the language; a signed-in user keeps it for the next sessions too. Reloads the page. */
  public void switchTo(String tag) throws IOException {
    locale = UserLocale.of(tag);
    if (currentActor.account().isPresent()) {
      accounts.changeOwnLocale(locale);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale.locale());
    ExternalContext external = faces.getExternalContext();
    // A GET of the same page renders every label in the new language (and keeps no stale view state).
    external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
  }

  /** Called at sign-in: from now on the user's saved language. */
  void adopt(UserLocale saved) {
    locale = saved;
  }

  private UserLocale current() {
    if (locale == null) {
      locale = currentActor.account()
          .map(a -> a.locale())
          .orElseGet(() -> UserLocale.of(FacesContext.getCurrentInstance().getExternalContext()
              .getRequestLocale().getLanguage()));
    }
    return locale;
  }
}
