package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.Feedback;

/** The feedback a create answers with, and whether it was recorded now or before. */
public record Recorded(Feedback feedback, boolean created) {}
