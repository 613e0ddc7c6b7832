package dev.cxcrm.web.customer;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  static void show(String form, FieldError error, CustomerLabels labels) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = labels.format(error.messageKey(), error.args(), error.message());
    String clientId = clientId(form, error.field());
    // Marked invalid, the input gets the error style and p:focus can move the caret to the first one.
    boolean onScreen = !error.field().isEmpty()
        && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, component) -> {
          if (component instanceof UIInput input) {
            input.setValid(false);
          }
        });
    if (onScreen) {
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    } else {
      String shown = error.field().isEmpty() ? text : labels.field(error.field()) + ": " + text;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    }
  }
}
