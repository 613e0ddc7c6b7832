package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;

/**
 * A touchpoint as the interaction pages show it: the quick log form offers the active ones, the
 * timeline names any, retired or not.
 */
public record TouchpointChoice(
    long id, String nameJa, String nameEn, JourneyStage stage, Channel channel, boolean active) {

  /** The name in the user's language: English for {@code en}, else Japanese. */
  public String name(boolean english) {
    return english ? nameEn : nameJa;
  }
}
