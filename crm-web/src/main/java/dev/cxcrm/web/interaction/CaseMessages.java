package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;

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
    String first = null;
    for (FieldError f : invalid.errors()) {
      String field = f.field().replaceAll("\\[\\d+\\]$", "");
      String clientId = form + ":" + field;
      String text = labels.message(f);
      boolean onScreen =
          !field.isEmpty()
              && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, component) -> {});
      if (onScreen) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        first = first == null ? clientId : first;
      } else {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
    if (first != null) {
      PrimeFaces.current().focus(":" + first);
    }
    faces.validationFailed();
  }
}
