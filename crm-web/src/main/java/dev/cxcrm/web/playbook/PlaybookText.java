package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.web.shared.FeatureText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The playbook pages' words in the user's language ({@code play} bundle), the shared ones through
 * {@link dev.cxcrm.web.shared.Labels}, and refused input next to its field.
 */
@Named("playText")
@RequestScoped
public class PlaybookText extends FeatureText {
  @Override
  protected String bundleName() {
    return "play";
  }

  /** The step's name in the user's language. */
  public String step(PlaybookStep s) {
    return s == null ? "" : s.name(locale());
  }
}
