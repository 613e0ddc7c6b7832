package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.TimelineKind;
import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Instant;

/**
 * One entry of a customer's timeline. An INTERACTION carries the interaction; a STAGE_CHANGE its
 * stages; CASE_OPENED and CASE_RESOLVED the case's subject, type and status ({@code id} is then the
 * case's id); FEEDBACK what was said ({@code id} is the feedback's id). {@code actor} is who
 * logged, changed, opened, resolved or recorded it.
 */
public record TimelineEntry(
    TimelineKind kind,
    Instant at,
    long id,
    Interaction interaction,
    JourneyStage fromStage,
    JourneyStage toStage,
    String actor,
    String caseSubject,
    String caseType,
    String caseStatus,
    TimelineFeedback feedback) {}
