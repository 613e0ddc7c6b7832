package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;

/** What a timeline shows of a piece of feedback, read through {@code shared_feedback}. */
public record TimelineFeedback(
    FeedbackKind kind,
    String text,
    Scores scores,
    Integer stars,
    String platform,
    Integer emotion) {}
