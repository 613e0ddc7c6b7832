package dev.cxcrm.domain.feedback.survey;

import java.time.Instant;

/**
 * A stored survey: its current definition ({@code number} counts the definitions it has had; a
 * change after the first answer makes a new one, so every answer keeps the version it was asked
 * in), whether invitations may go out ({@code active}), how many finished answers its current
 * definition has, and the row version for conditional changes.
 */
public record Survey(
    long id,
    int version,
    int number,
    boolean active,
    SurveyDraft content,
    long answers,
    Instant changedAt,
    String changedBy) {}
