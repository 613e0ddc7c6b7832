package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.AnswerSheet;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.feedback.SurveyAnswering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The customer's survey page behind a personal link, without sign-in: the survey in the customer's
 * language with the answers given so far; "save for later" keeps them, "send" finishes once. A
 * used, expired or unknown link gets a friendly page of its own, never the form again. The page
 * keeps no state on the server (a stateless view: a customer who comes back to an open form after
 * hours can still send it, and no session is made for them); the link's secret travels in the form,
 * back to the holder who opened the link.
 */
@Named
@RequestScoped
public class SurveyAnswerPage {
  static final String BUNDLE = "dev.cxcrm.web.feedback.messages";

  @Inject SurveyAnswering answering;

  private String token;
  private AnswerSheet sheet;
  private final Map<String, Object> answers = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();
  private String notice;

  @PostConstruct
  void open() {
    token = SurveyLinkServlet.token(FacesContext.getCurrentInstance().getExternalContext());
    sheet = answering.open(token);
    // The friendly page of a link that opens nothing still tells the browser (and crawlers) so.
    if (sheet.state() == AnswerSheet.State.UNKNOWN) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    } else if (sheet.state() == AnswerSheet.State.EXPIRED) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }
    sheet
        .answers()
        .values()
        .forEach(
            (key, values) -> {
              Question q = sheet.survey() == null ? null : sheet.survey().question(key);
              answers.put(
                  key,
                  q != null && q.kind() == QuestionKind.MULTIPLE
                      ? new ArrayList<>(values)
                      : values.get(0));
            });
  }

  /** The link's secret, for the form's hidden field. */
  public String getToken() {
    return token;
  }

  public AnswerSheet getSheet() {
    return sheet;
  }

  public String getState() {
    return sheet.state().name();
  }

  /** The customer's language; Japanese for an unknown link. */
  public String getLanguage() {
    return sheet.language() == null ? "ja" : sheet.language();
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  /** The problem with each question's answer, by question key, in the customer's language. */
  public Map<String, String> getErrors() {
    return errors;
  }

  public String getNotice() {
    return notice;
  }

  /** Keeps the answers so far; the same link opens them again later. */
  public void save() {
    run(false);
  }

  /** Sends the answers: recorded once; a second send is told the survey was answered. */
  public void finish() {
    run(true);
  }

  private void run(boolean finishing) {
    errors.clear();
    notice = null;
    try {
      SurveyAnswers given = SurveyForm.given(answers);
      sheet = finishing ? answering.finish(token, given) : answering.save(token, given);
      if (!finishing && sheet.state() == AnswerSheet.State.OPEN) {
        notice = text("survey.public.saved");
      }
    } catch (InvalidInput e) {
      for (FieldError f : SurveyForm.byQuestion(e.errors(), errors, this::format)) {
        errors.merge("", format(f), (a, b) -> a + " " + b);
      }
      notice = text("survey.public.fix");
    }
  }

  private String format(FieldError f) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, getLocale());
    return b.containsKey(f.messageKey())
        ? new MessageFormat(b.getString(f.messageKey()), getLocale()).format(f.args().toArray())
        : f.message();
  }

  private String text(String key) {
    return ResourceBundle.getBundle(BUNDLE, getLocale()).getString(key);
  }
}
