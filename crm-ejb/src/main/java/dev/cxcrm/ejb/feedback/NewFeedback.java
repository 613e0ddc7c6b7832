package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;

/** A checked piece of feedback to write: its row in the request and the content to store. */
record NewFeedback(int index, FeedbackDraft draft) {}
