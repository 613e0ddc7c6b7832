package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import java.util.List;

/**
 * Feedback was written: the rows as stored, in the order of their ids. Fired inside the writing
 * transaction, so an observer's writes (the metrics' rollup) commit or roll back with the feedback.
 */
public record FeedbackRecorded(List<Long> ids, List<FeedbackDraft> rows) {
  public FeedbackRecorded {
    ids = List.copyOf(ids);
    rows = List.copyOf(rows);
  }
}
