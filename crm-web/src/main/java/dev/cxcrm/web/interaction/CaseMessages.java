package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.BundleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a refused case rule next to the input it is about: field {@code rootCauseId} of form {@code
 * resolve} goes to {@code resolve:rootCauseId}; a field without an input on screen, and any other
 * problem, becomes a message at the top of the page.
 */
final class CaseMessages {
  private CaseMessages() {}

  static void show(String form, DomainException e, CaseLabels labels) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!(e instanceof InvalidInput invalid)) {
      String key = "case.problem." + e.problemType();
      String text = labels.text(key);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text.equals(key) ? e.getMessage() : text, null));
      faces.validationFailed();
      return;
    }
    BundleTexts.showNextToFields(form, invalid.errors(), labels::message, true);
  }
}
