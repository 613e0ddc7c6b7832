package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.JourneyStage;

/** A customer moved to another journey stage (observed after the move committed). */
public record StageMoved(long customerId, JourneyStage to) {}
