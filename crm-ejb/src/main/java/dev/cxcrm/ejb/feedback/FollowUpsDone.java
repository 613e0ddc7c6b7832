package dev.cxcrm.ejb.feedback;

import java.util.List;

/**
 * Follow-ups were closed as done in the current transaction. Fired inside it, so an observer's
 * writes (the metrics' recovery rollup) commit or roll back with the closing.
 */
public record FollowUpsDone(List<Long> ids) {
  public FollowUpsDone {
    ids = List.copyOf(ids);
  }
}
