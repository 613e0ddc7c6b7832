package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A feature's words in the user's language, from its own bundle, the shared ones through {@link
 * Labels}, and refused input next to its field: what every feature's text bean does, written once.
 * A subclass names its bundle ({@code play}, {@code fb}, ...).
 */
public abstract class FeatureText {
  @Inject protected Labels labels;

  /** The name the feature's bundle is registered under in faces-config.xml. */
  protected abstract String bundleName();

  public String text(String key) {
    return BundleTexts.text(bundle(), key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(text(key), bundle().getLocale()).format(args);
  }

  /** The feature's enums in its bundle under {@code Type.NAME}, shared ones in {@code msg}. */
  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
    return bundle().containsKey(key) ? bundle().getString(key) : labels.of(value);
  }

  public String date(LocalDate day) {
    return labels.date(day);
  }

  public Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A message for the whole page, such as "saved". */
  public void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, args), null));
  }

  /** A refused use case: field errors next to their inputs in {@code form}, others on the page. */
  public void show(DomainException e, String form) {
    List<FieldError> errors =
        e instanceof InvalidInput invalid
            ? invalid.errors()
            : List.of(FieldError.of("", "problem." + e.problemType(), e.getMessage()));
    BundleTexts.showNextToFields(form, errors, this::message, false);
  }

  /** A refused input's message in the user's language. */
  public String message(FieldError f) {
    ResourceBundle b = bundle();
    return BundleTexts.message(b, f, b.getLocale());
  }

  protected ResourceBundle bundle() {
    return BundleTexts.named(bundleName());
  }
}
