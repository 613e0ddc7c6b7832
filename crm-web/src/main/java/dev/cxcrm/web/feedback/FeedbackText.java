package dev.cxcrm.web.feedback;

import dev.cxcrm.web.shared.FeatureText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The feedback pages' words in the user's language ({@code fb} bundle). */
@Named("fbText")
@RequestScoped
public class FeedbackText extends FeatureText {
  @Override
  protected String bundleName() {
    return "fb";
  }
}
