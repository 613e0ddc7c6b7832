package dev.cxcrm.web.interaction;

import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.web.shared.QueryInput;

/**
 * The page size of the interaction API's keyset lists (the timeline and the due queue): both take
 * {@code limit} with the same default and maximum, as the last parameter they read.
 */
final class InteractionPages {
  private InteractionPages() {}

  /** Reads {@code limit} and reports every bad query parameter read so far. */
  static int size(QueryInput in, String limit) {
    int size = in.limit(limit, InteractionService.PAGE_DEFAULT, InteractionService.PAGE_MAX);
    in.done();
    return size;
  }
}
