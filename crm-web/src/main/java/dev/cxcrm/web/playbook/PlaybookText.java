package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.BundleTexts;
import dev.cxcrm.web.shared.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The playbook pages' words in the user's language ({@code play} bundle), the shared ones through
 * {@link Labels}, and refused input next to its field.
 */
@Named("playText")
@RequestScoped
public class PlaybookText {
  @Inject Labels labels;

  public String text(String key) {
    return BundleTexts.text(bundle(), key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(text(key), bundle().getLocale()).format(args);
  }

  /** Playbook enums (Trigger, Assignment, TaskStatus) here, shared ones in {@code msg}. */
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

  /** The step's name in the user's language. */
  public String step(PlaybookStep s) {
    return s == null ? "" : s.name(locale());
  }

  Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, args), null));
  }

  /** A refused use case: field errors next to their inputs in {@code form}, others on the page. */
  void show(DomainException e, String form) {
    List<FieldError> errors =
        e instanceof InvalidInput invalid
            ? invalid.errors()
            : List.of(FieldError.of("", "problem." + e.problemType(), e.getMessage()));
    ResourceBundle b = bundle();
    BundleTexts.showNextToFields(
        form, errors, f -> BundleTexts.message(b, f, b.getLocale()), false);
  }

  private ResourceBundle bundle() {
    return BundleTexts.named("play");
  }
}
