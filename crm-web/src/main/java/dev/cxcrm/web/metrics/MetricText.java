package dev.cxcrm.web.metrics;

import dev.cxcrm.web.shared.FeatureText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The metrics pages' words in the user's language ({@code met} bundle). */
@Named("metText")
@RequestScoped
public class MetricText extends FeatureText {
  @Override
  protected String bundleName() {
    return "met";
  }
}
