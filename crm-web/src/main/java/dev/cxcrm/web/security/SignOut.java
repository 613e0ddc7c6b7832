package dev.cxcrm.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out ends the session on the server (not just the cookie) and shows the login page. */
@Named
@RequestScoped
public class SignOut {
  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + AccessRules.LOGIN_PAGE);
  }
}
