package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.Page;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list paged by keyset: each page is asked for with the cursor the previous page returned, never
 * with an offset, and nothing is counted. The cursors of the pages already seen are kept by row
 * offset, so "previous" and a change of page size land on a known start. The customer and case
 * lists page the same way, so they share this model and differ only in their rows.
 *
 * <p>Without a count the total is unknown. The paginator is told the rows seen so far plus one more
 * page when the service says there is a next one: that enables "next" exactly when a next page
 * exists, and the figure grows as the user pages on.
 *
 * @param <T> the row type, with a numeric id as its row key
 */
public class KeysetModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /**
   * One page of the current search, from the service; the list page supplies it from its filters.
   */
  public interface Source<T> extends Serializable {
    Page<T> page(int pageSize, String cursor);
  }

  /** The id that keys a row in the table's selection. */
  public interface RowId<T> extends Serializable {
    long of(T row);
  }

  private final Source<T> source;
  private final RowId<T> idOf;

  /** Row offset → the cursor that starts there; offset 0 starts without one. */
  private final Map<Integer, String> cursors = new HashMap<>();

  private int rowsKnown;
  private boolean moreBeyondKnown;

  public KeysetModel(Source<T> source, RowId<T> idOf) {
    this.source = source;
    this.idOf = idOf;
    reset();
  }

  /** Forgets the visited pages: filters or order changed, so the old cursors mean nothing. */
  public void reset() {
    cursors.clear();
    cursors.put(0, null);
    rowsKnown = 0;
    moreBeyondKnown = false;
    setRowCount(0);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return estimate(getPageSize());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (!cursors.containsKey(first)) {
      // Only reachable by a paginator jump the template does not offer; start over rather than
      // guess.
      reset();
      first = 0;
    }
    Page<T> page = source.page(pageSize, cursors.get(first));
    List<T> rows = page.items();
    int end = first + rows.size();
    if (page.next() != null) {
      cursors.put(end, page.next());
    }
    if (end >= rowsKnown) {
      rowsKnown = end;
      moreBeyondKnown = page.next() != null;
    }
    setRowCount(estimate(pageSize));
    return rows;
  }

  private int estimate(int pageSize) {
    return rowsKnown + (moreBeyondKnown ? Math.max(pageSize, 1) : 0);
  }

  @Override
  public String getRowKey(T row) {
    return Long.toString(idOf.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
