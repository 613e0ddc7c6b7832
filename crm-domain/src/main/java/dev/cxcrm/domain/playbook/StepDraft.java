package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;

/** A playbook step as a manager describes it, before it is checked ({@link StepRules}). */
public record StepDraft(
    RelationshipType relationshipType,
    Trigger trigger,
    Integer amount,
    ImportantDateKind dateKind,
    String nameJa,
    String nameEn,
    Boolean active) {}
