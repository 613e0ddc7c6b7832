package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;

/**
 * The fields a change of a case touches; null leaves a field as it is, except the owner, which is
 * set (also to null: unassigned) when {@code ownerGiven}.
 */
public record CaseChanges(
    CasePriority priority, boolean ownerGiven, String owner, CaseStatus status, String subject) {}
