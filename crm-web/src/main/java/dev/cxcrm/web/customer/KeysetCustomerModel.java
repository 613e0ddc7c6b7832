package dev.cxcrm.web.customer;

import dev.cxcrm.domain.shared.Page;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The customer list paged by keyset: each page is asked for with the cursor the previous page
 * returned, never with an offset, and nothing is counted. The cursors of the pages already seen are
 * kept by row offset, so "previous" and a change of page size land on a known start.
 *
 * <p>Without a count the total is unknown. The paginator is told the rows seen so far plus one more
 * page when the service says there is a next one: that enables "next" exactly when a next page
 * exists, and the figure grows as the user pages on.
 */
public class KeysetCustomerModel extends LazyDataModel<CustomerRow> {
  private static final long serialVersionUID = 1L;

  /**
   * One page of the current search, from the service; the list page supplies it from its filters.
   */
  interface Source extends Serializable {
    Page<CustomerRow> page(int pageSize, String cursor);
  }

  private final Source source;

  /** Row offset → the cursor that starts there; offset 0 starts without one. */
  private final Map<Integer, String> cursors = new HashMap<>();

  private int rowsKnown;
  private boolean moreBeyondKnown;

  KeysetCustomerModel(Source source) {
    this.source = source;
    reset();
  }

  /** Forgets the visited pages: filters or order changed, so the old cursors mean nothing. */
  void reset() {
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
  public List<CustomerRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (!cursors.containsKey(first)) {
      // Only reachable by a paginator jump the template does not offer; start over rather than
      // guess.
      reset();
      first = 0;
    }
    Page<CustomerRow> page = source.page(pageSize, cursors.get(first));
    List<CustomerRow> rows = page.items();
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
  public String getRowKey(CustomerRow row) {
    return Long.toString(row.id());
  }

  @Override
  public CustomerRow getRowData(String rowKey) {
    List<CustomerRow> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
