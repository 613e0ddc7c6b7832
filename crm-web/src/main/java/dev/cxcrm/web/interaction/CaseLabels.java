package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.Rate;
import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.web.shared.BundleTexts;
import dev.cxcrm.web.shared.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Case words in the user's language, from the {@code inter} bundle: type, priority, status and
 * root-cause category labels ({@code case.type.COMPLAINT}, {@code rootCause.category.STAFF}), root
 * cause names in the page's language, rates as "66.7 %" and field errors.
 */
@Named
@RequestScoped
public class CaseLabels {
  private static final Map<Class<?>, String> PREFIX =
      Map.of(
          CaseType.class, "case.type.",
          CasePriority.class, "case.priority.",
          CaseStatus.class, "case.status.",
          RootCauseCategory.class, "rootCause.category.");

  @Inject Labels shared;

  private ResourceBundle bundle;

  /** The label of a case enum, or of a shared one (a channel) from the shared bundle. */
  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String prefix = PREFIX.get(value.getDeclaringClass());
    return prefix == null ? shared.of(value) : text(prefix + value.name());
  }

  /** A root cause's name in the language of the page. */
  public String name(RootCause cause) {
    return cause == null ? "" : cause.name(locale().getLanguage());
  }

  public String instant(Instant at) {
    return shared.instant(at);
  }

  /** "66.7 %", or "—" when there is no denominator (no data is no score). */
  public String percent(Rate r) {
    Double p = r == null ? null : r.percent();
    return p == null ? "—" : String.format(locale(), "%.1f %%", p);
  }

  /** "2 / 3": the sample behind a rate. */
  public String sample(Rate r) {
    return r == null ? "" : r.numerator() + " / " + r.denominator();
  }

  /** Yes / no / — for a first-contact resolution that is true, false or not decided yet. */
  public String fcr(Boolean fcr) {
    return fcr == null ? "—" : text(fcr ? "case.fcr.yes" : "case.fcr.no");
  }

  String message(FieldError e) {
    return BundleTexts.message(bundle(), e, locale());
  }

  public String text(String key) {
    return BundleTexts.text(bundle(), key);
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      bundle = BundleTexts.named("inter");
    }
    return bundle;
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
