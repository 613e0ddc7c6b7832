package dev.cxcrm.web.shared;

import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * Words every feature shares, in the user's language: labels of the shared enums ({@code
 * Channel.EMAIL}, {@code JourneyStage.SERVICE}) and dates and times in the business's time zone.
 * Feature beans (such as {@code customerLabels}) keep their own words and delegate these.
 */
@Named
@RequestScoped
public class Labels {
  @Inject TimeSource time;

  private ResourceBundle bundle;

  /** The label of an enum value under {@code <EnumType>.<NAME>}; empty for no value. */
  public String of(Enum<?> value) {
    return value == null
        ? ""
        : text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** What a journey stage optimises for. */
  public String focus(Enum<?> stage) {
    return stage == null ? "" : text("JourneyStage." + stage.name() + ".focus");
  }

  public String instant(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(text("format.dateTime")).withZone(time.zone()).format(at);
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofPattern(text("format.date")).format(day);
  }

  public String text(String key) {
    return BundleTexts.text(bundle(), key);
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      bundle = BundleTexts.named("msg");
    }
    return bundle;
  }
}
