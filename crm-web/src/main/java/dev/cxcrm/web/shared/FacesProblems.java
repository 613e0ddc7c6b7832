package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Shows a refused business rule as Faces messages in the user's language: field errors by their
 * message key, other problems by {@code problem.<type>}; the English text of the exception when a
 * bundle has no entry.
 */
public final class FacesProblems {
  private FacesProblems() {}

  public static void show(DomainException e, String bundleVar) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, bundleVar);
    List<String> texts =
        e instanceof InvalidInput invalid
            ? invalid.errors().stream().map(f -> textOf(bundle, f)).toList()
            : List.of(textOf(bundle, "problem." + e.problemType(), e.getMessage(), List.of()));
    texts.forEach(
        t -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, t, null)));
    faces.validationFailed();
  }

  private static String textOf(ResourceBundle bundle, FieldError f) {
    return textOf(bundle, f.messageKey(), f.message(), f.args());
  }

  private static String textOf(
      ResourceBundle bundle, String key, String fallback, List<Object> args) {
    if (bundle == null || !bundle.containsKey(key)) {
      return fallback;
    }
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args.toArray());
  }
}
