package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Instant;

/** A checked interaction ready to be written, with what the service computed for it. */
record NewInteraction(int index, InteractionDraft draft, JourneyStage stage, Instant dueAt) {}
