package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.AverageEmotion;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.BundleTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words of the emotion map and pain point pages ({@code jour} bundle, keys {@code map.} and
 * {@code pain.}) and how their numbers are written: an average with its sign and two decimals, "—"
 * without data.
 */
@Named("emotionMapText")
@RequestScoped
public class EmotionMapText {
  static final String NO_DATA = "—";

  private ResourceBundle bundle;

  public String text(String key) {
    return BundleTexts.text(bundle(), key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(text(key), bundle().getLocale()).format(args);
  }

  /** {@code +0.50}, {@code −0.67} (a real minus sign), {@code 0.00}; "—" without a sample. */
  public static String average(Optional<AverageEmotion> average) {
    if (average.isEmpty()) {
      return NO_DATA;
    }
    BigDecimal v = average.get().shown();
    String plain = v.abs().toPlainString();
    return switch (v.signum()) {
      case 1 -> "+" + plain;
      case -1 -> "\u2212" + plain;
      default -> plain;
    };
  }

  /**
   * Puts each field error next to its input ({@code <form>:<field>}); an error whose input is not
   * on the page becomes a global message. Moves the caret to the first input with an error.
   */
  void showNextToFields(String form, List<FieldError> errors) {
    BundleTexts.showNextToFields(
        form, errors, e -> BundleTexts.message(bundle(), e, bundle().getLocale()), true);
  }

  /**
   * A refused rule other than invalid fields, as a global message ({@code pain.problem.<type>}).
   */
  void showProblem(DomainException e) {
    if (e instanceof InvalidInput invalid) {
      showNextToFields("", invalid.errors());
      return;
    }
    String key = "pain.problem." + e.problemType();
    String shown = bundle().containsKey(key) ? text(key) : e.getMessage();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    faces.validationFailed();
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      bundle = BundleTexts.named("jour");
    }
    return bundle;
  }
}
