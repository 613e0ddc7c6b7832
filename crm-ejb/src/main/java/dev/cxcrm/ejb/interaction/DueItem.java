package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.Interaction;

/**
 * An inbound contact awaiting its answer, with the customer it is from and who is responsible for
 * it: its agent, or when it has none the customer's owner.
 */
public record DueItem(Interaction interaction, String customerName, String responsible) {}
