package dev.cxcrm.web.customer;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Customer words in the user's language: enum labels ({@code Lifecycle.ACTIVE}), the meaning of
 * each relationship type, field names, and dates and times in the business's time zone.
 */
@Named
@RequestScoped
public class CustomerLabels {
  @Inject Labels shared;

  private ResourceBundle bundle;

  /**
   * The label of an enum value under {@code <EnumType>.<NAME>} (shared enums from the shared
   * bundle); empty for no value.
   */
  public String of(Enum<?> value) {
    if (value != null && value.getDeclaringClass().getPackage() == Channel.class.getPackage()) {
      return shared.of(value);
    }
    return value == null
        ? ""
        : text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  public String meaning(RelationshipType type) {
    return type == null ? "" : shared.text("RelationshipType." + type.name() + ".meaning");
  }

  /**
   * A field's name as people say it; list paths such as {@code externalIds[0].id} name the column.
   */
  public String field(String path) {
    return text("field." + path.replaceAll("\\[\\d+\\]", ""));
  }

  public String instant(Instant at) {
    return shared.instant(at);
  }

  public String date(LocalDate day) {
    return shared.date(day);
  }

  /**
   * The bundle text for a key with {@code {0}} arguments, or {@code fallback} when there is none.
   */
  String format(String key, List<Object> args, String fallback) {
    ResourceBundle b = bundle();
    if (!b.containsKey(key)) {
      return fallback;
    }
    return new MessageFormat(b.getString(key), locale()).format(args.toArray());
  }

  String text(String key) {
    ResourceBundle b = bundle();
    return b.containsKey(key) ? b.getString(key) : key;
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      bundle = faces.getApplication().getResourceBundle(faces, "cust");
    }
    return bundle;
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
