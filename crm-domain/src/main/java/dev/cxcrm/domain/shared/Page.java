package dev.cxcrm.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paginated list, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code rows} read one past {@code limit} (so that a row left over tells that
   * another page follows): the first {@code limit} rows, and the cursor after the last of them when
   * one was left over.
   */
  public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorAfter) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    return new Page<>(rows.subList(0, limit), cursorAfter.apply(rows.get(limit - 1)));
  }

  /** The same page with its items turned into others, one for one, in one go. */
  public <U> Page<U> withItems(Function<List<T>, List<U>> convert) {
    return new Page<>(convert.apply(items), next);
  }

  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }
}
