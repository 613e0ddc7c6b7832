package dev.cxcrm.web.customer;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;

/**
 * Puts each field error of the service next to the input it is about. A field path names the input:
 * {@code name} is {@code <form>:name}; a line of an editor, {@code externalIds[0].system}, is
 * {@code <form>:externalIdsLines:0:system}. An error without an input on screen becomes a global
 * message that names the field.
 */
final class FieldMessages {
  private static final Pattern LINE = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");

  /** Inputs whose id cannot be the field name ("id" would read as the component's own id). */
  private static final Map<String, String> RENAMED = Map.of("externalIds.id", "externalId");

  private FieldMessages() {}

  static String clientId(String form, String field) {
    Matcher m = LINE.matcher(field);
    if (m.matches()) {
      String inner = RENAMED.getOrDefault(m.group(1) + "." + m.group(3), m.group(3));
      return form + ":" + m.group(1) + "Lines:" + m.group(2) + ":" + inner;
    }
    return form + ":" + field;
  }

  /** Shows every error and moves the caret to the input of the first one on screen. */
  static void show(String form, List<FieldError> errors, CustomerLabels labels) {
    String first = null;
    for (FieldError error : errors) {
      String shownAt = show(form, error, labels);
      first = first == null ? shownAt : first;
    }
    if (first != null) {
      PrimeFaces.current().focus(":" + first);
    }
  }

  /** The client id the message went to, or null when it became a global message. */
  private static String show(String form, FieldError error, CustomerLabels labels) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = labels.format(error.messageKey(), error.args(), error.message());
    String clientId = clientId(form, error.field());
    // The input is not marked invalid: PrimeFaces would then render it empty instead of as typed.
    boolean onScreen =
        !error.field().isEmpty()
            && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, component) -> {});
    if (onScreen) {
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      return clientId;
    }
    String shown = error.field().isEmpty() ? text : labels.field(error.field()) + ": " + text;
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    return null;
  }
}
