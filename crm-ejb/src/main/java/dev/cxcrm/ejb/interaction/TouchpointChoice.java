package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;

/** A touchpoint an interaction can be logged at, as the quick log form lists it. */
public record TouchpointChoice(
    long id, String nameJa, String nameEn, JourneyStage stage, Channel channel) {}
