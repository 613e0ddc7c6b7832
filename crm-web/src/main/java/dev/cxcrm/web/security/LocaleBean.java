package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.UserLocale;
import dev.cxcrm.ejb.security.Accounts;
import dev.cxcrm.web.shared.KeepsAddress;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the UI for this session. Before sign-in: the one chosen on the sign-in page, else
 * the browser's preference (Japanese unless it asks for English). At sign-in it carries into the
 * session and becomes the user's saved language when they have none; a user with a saved language
 * gets that one, unless they just chose another on the sign-in page. Templates use {@code <f:view
 * locale="#{localeBean.locale}">}.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;
  @Inject CurrentActor currentActor;

  private UserLocale locale;

  /** Whether the language was chosen in this session (a click), not taken from the browser. */
  private boolean chosen;

  public Locale getLocale() {
    return current().locale();
  }

  public String getLanguage() {
    return current().tag();
  }

  /**
   * Switches the language; a signed-in user keeps it for the next sessions too. Reloads the page.
   */
  public void switchTo(String tag) throws IOException {
    locale = UserLocale.of(tag);
    chosen = true;
    if (currentActor.account().isPresent()) {
      accounts.changeOwnLocale(locale);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale.locale());
    ExternalContext external = faces.getExternalContext();
    // A GET of the same page renders every label in the new language (and keeps no stale view
    // state); the view's parameters come along, so a customer page stays on its customer, and so
    // does what a view keeps in its address (a dashboard's period and kept cut).
    java.util.Map<String, java.util.List<String>> address = new java.util.HashMap<>();
    faces.getViewRoot().getViewMap().values().stream()
        .filter(KeepsAddress.class::isInstance)
        .forEach(v -> address.putAll(((KeepsAddress) v).address()));
    external.redirect(
        faces
            .getApplication()
            .getViewHandler()
            .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), address, true));
  }

  /** Called at sign-in, as the signed-in user. */
  void signedIn() {
    UserLocale here = locale != null ? locale : browserPreference();
    UserLocale saved = accounts.keepFirstLocale(here);
    locale = chosen ? here : saved;
  }

  /** The first of Japanese or English in the browser's Accept-Language; Japanese without one. */
  private static UserLocale browserPreference() {
    String header =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestHeaderMap()
            .get("Accept-Language");
    if (header == null || header.isBlank()) {
      return UserLocale.JA;
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(r -> r.getRange().toLowerCase(Locale.ROOT))
          .filter(r -> r.startsWith("ja") || r.startsWith("en"))
          .findFirst()
          .map(UserLocale::of)
          .orElse(UserLocale.JA);
    } catch (IllegalArgumentException e) {
      return UserLocale.JA;
    }
  }

  private UserLocale current() {
    if (locale == null) {
      locale = currentActor.account().map(a -> a.locale()).orElseGet(LocaleBean::browserPreference);
    }
    return locale;
  }
}
