package dev.cxcrm.web.feedback;

import dev.cxcrm.ejb.feedback.SurveyAnswering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The page behind a mail's opt-out link: it asks first and withdraws on the button (a POST), so
 * that a mail scanner opening the link changes nothing. Works without sign-in on every link ever
 * sent, answered or expired ones too.
 */
@Named
@RequestScoped
public class SurveyOptOutPage {
  @Inject SurveyAnswering answering;

  private String token;
  private boolean known;
  private boolean done;
  private String language = "ja";

  @PostConstruct
  void open() {
    token = SurveyLinkServlet.token(FacesContext.getCurrentInstance().getExternalContext());
    answering
        .language(token)
        .ifPresent(
            l -> {
              known = true;
              language = l;
            });
  }

  public void withdraw() {
    done = answering.withdraw(token).isPresent();
  }

  public String getToken() {
    return token;
  }

  public boolean isKnown() {
    return known;
  }

  public boolean isDone() {
    return done;
  }

  public String getLanguage() {
    return language;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(language);
  }
}
