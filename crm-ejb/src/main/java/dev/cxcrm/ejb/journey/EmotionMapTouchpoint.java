package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import java.io.Serializable;
import java.util.Locale;

/** A touchpoint of the catalogue as the emotion map and the pain points show it. */
public record EmotionMapTouchpoint(
    long id, String nameJa, String nameEn, JourneyStage stage, Channel channel, boolean active)
    implements Serializable {

  /** The name in the language of {@code locale}: Japanese unless English is asked for. */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
  }
}
