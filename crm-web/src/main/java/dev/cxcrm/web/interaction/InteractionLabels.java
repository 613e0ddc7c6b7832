package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.web.shared.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * The interaction pages' words in the user's language ({@code inter} bundle): durations, shares and
 * figures ("—" for no figure), and refused input shown next to its field.
 */
@Named("interLabels")
@RequestScoped
public class InteractionLabels {
  @Inject Labels labels;

  private ResourceBundle bundle;

  public String text(String key) {
    ResourceBundle b = bundle();
    return b.containsKey(key) ? b.getString(key) : key;
  }

  public String format(String key, Object... args) {
    return new MessageFormat(text(key), locale()).format(args);
  }

  public String of(Enum<?> value) {
    return labels.of(value);
  }

  public String instant(Instant at) {
    return labels.instant(at);
  }

  /** "1 h 35 min" / "1時間35分"; "—" for none. */
  public String duration(Long minutes) {
    if (minutes == null) {
      return "—";
    }
    long m = Math.abs(minutes);
    return m >= 60
        ? format("interaction.duration.hoursMinutes", m / 60, m % 60)
        : format("interaction.duration.minutes", m);
  }

  public String minutes(Double minutes) {
    return minutes == null ? "—" : duration(Math.round(minutes));
  }

  /** "in 3 h 12 min" or "12 min overdue". */
  public String timeLeft(Instant dueAt, Instant now) {
    Duration left = Duration.between(now, dueAt);
    long minutes = Math.floorDiv(left.toSeconds(), 60);
    return left.isNegative()
        ? format("due.overdueBy", duration(-minutes))
        : format("due.leftFor", duration(minutes));
  }

  public String percent(Double share) {
    return share == null ? "—" : String.format(locale(), "%.1f%%", share);
  }

  /** Shows every field error next to its input in {@code form}, others as page messages. */
  void show(DomainException e, String form) {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<FieldError> errors =
        e instanceof InvalidInput invalid
            ? invalid.errors()
            : List.of(FieldError.of("", "interaction.problem." + e.problemType(), e.getMessage()));
    String first = null;
    for (FieldError f : errors) {
      String text =
          bundle().containsKey(f.messageKey())
              ? new MessageFormat(bundle().getString(f.messageKey()), locale())
                  .format(f.args().toArray())
              : f.message();
      String clientId = form + ":" + f.field();
      boolean onScreen =
          !f.field().isEmpty()
              && faces.getViewRoot().invokeOnComponent(faces, clientId, (ctx, c) -> {});
      if (onScreen) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        first = first == null ? clientId : first;
      } else {
        String shown = f.field().isEmpty() ? text : f.field() + ": " + text;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
      }
    }
    if (first != null) {
      PrimeFaces.current().focus(first);
    }
    faces.validationFailed();
  }

  void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, args), null));
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      bundle = faces.getApplication().getResourceBundle(faces, "inter");
    }
    return bundle;
  }
}
