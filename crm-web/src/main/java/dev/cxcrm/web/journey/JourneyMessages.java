package dev.cxcrm.web.journey;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * Words of the journey pages ({@code jour} bundle) for beans, and Faces messages: a field error of
 * a service next to the input of the same name in the given form ({@code create:nameJa}), with the
 * caret moved to the first one.
 */
final class JourneyMessages {
  private JourneyMessages() {}

  static String text(String key, Object... args) {
    ResourceBundle b = bundle();
    if (!b.containsKey(key)) {
      return key;
    }
    return new MessageFormat(b.getString(key), b.getLocale()).format(args);
  }

  static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    faces.validationFailed();
  }

  /** Each error next to its input in {@code form}; an error without an input becomes global. */
  static void fields(String form, List<FieldError> errors) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle b = bundle();
    String first = null;
    for (FieldError e : errors) {
      String text =
          b.containsKey(e.messageKey())
              ? new MessageFormat(b.getString(e.messageKey()), b.getLocale())
                  .format(e.args().toArray())
              : e.message();
      String clientId = form + ":" + e.field();
      boolean onScreen =
          !e.field().isEmpty()
              && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, c) -> {});
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

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "jour");
  }
}
