package dev.cxcrm.domain.shared;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paginated list, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }

  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }
}
