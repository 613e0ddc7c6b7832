package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.Interaction;

/** A logged interaction, and whether this call created it (false: an earlier push did). */
public record Logged(Interaction interaction, boolean created) {}
