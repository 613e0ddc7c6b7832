package dev.cxcrm.web.journey;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.web.shared.BundleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

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
    ResourceBundle b = bundle();
    BundleTexts.showNextToFields(
        form, errors, e -> BundleTexts.message(b, e, b.getLocale()), false);
  }

  private static ResourceBundle bundle() {
    return BundleTexts.named("jour");
  }
}
