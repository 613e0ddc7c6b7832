package dev.cxcrm.web.shared;

import java.util.List;
import java.util.Map;

/**
 * A view whose state (a period, a kept cut) is not in view parameters but can be said as query
 * parameters that its page reads on opening: what a redirect to the same page (the language switch)
 * adds to the address so that the page opens as it was.
 */
public interface KeepsAddress {
  /** The query parameters that open the page as it is now. */
  Map<String, List<String>> address();
}
