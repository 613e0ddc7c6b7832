package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.primefaces.PrimeFaces;

/**
 * How every feature's words and field errors reach the page, so the feature beans ({@code Labels},
 * {@code CaseLabels}, {@code JourneyMessages}, {@code EmotionMapText}) differ only in their bundle:
 * a missing key shows as itself, and a field error stands next to its input.
 */
public final class BundleTexts {
  private BundleTexts() {}

  /** The Faces resource bundle registered under {@code name} (msg, inter, jour ...). */
  public static ResourceBundle named(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, name);
  }

  /** The text under {@code key}, or the key itself so a missing word is visible, not an error. */
  public static String text(ResourceBundle bundle, String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /** A field error in the bundle's words with its arguments, or its English message without. */
  public static String message(ResourceBundle bundle, FieldError error, Locale locale) {
    return bundle.containsKey(error.messageKey())
        ? new MessageFormat(bundle.getString(error.messageKey()), locale)
            .format(error.args().toArray())
        : error.message();
  }

  /**
   * Puts each field error next to its input ({@code <form>:<field>}, a list index such as {@code
   * [2]} dropped when {@code dropIndex}); an error whose input is not on the page becomes a global
   * message. Moves the caret to the first input with an error and marks validation as failed.
   */
  public static void showNextToFields(
      String form, List<FieldError> errors, Function<FieldError, String> text, boolean dropIndex) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String first = null;
    for (FieldError e : errors) {
      String field = dropIndex ? e.field().replaceAll("\\[\\d+\\]$", "") : e.field();
      String clientId = form + ":" + field;
      String words = text.apply(e);
      boolean onScreen =
          !e.field().isEmpty()
              && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, c) -> {});
      if (onScreen) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, words, words));
        first = first == null ? clientId : first;
      } else {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, words, null));
      }
    }
    if (first != null) {
      // Absolute, so the same input is found whichever component PrimeFaces resolves from.
      PrimeFaces.current().focus(first.startsWith(":") ? first : ":" + first);
    }
    faces.validationFailed();
  }
}
