package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.Page;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A case list paged by keyset, as the customer list is (see KeysetCustomerModel): each page is
 * asked for with the cursor of the page before, nothing is counted, and the paginator is told the
 * rows seen so far plus one page when there is a next one.
 */
public class KeysetCaseModel extends LazyDataModel<CaseRow> {
  private static final long serialVersionUID = 1L;

  interface Source extends Serializable {
    Page<CaseRow> page(int pageSize, String cursor);
  }

  private final Source source;
  private final Map<Integer, String> cursors = new HashMap<>();
  private int rowsKnown;
  private boolean moreBeyondKnown;

  KeysetCaseModel(Source source) {
    this.source = source;
    reset();
  }

  /** Forgets the visited pages: the filters changed. */
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
  public List<CaseRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (!cursors.containsKey(first)) {
      reset();
      first = 0;
    }
    Page<CaseRow> page = source.page(pageSize, cursors.get(first));
    int end = first + page.items().size();
    if (page.next() != null) {
      cursors.put(end, page.next());
    }
    if (end >= rowsKnown) {
      rowsKnown = end;
      moreBeyondKnown = page.next() != null;
    }
    setRowCount(estimate(pageSize));
    return page.items();
  }

  private int estimate(int pageSize) {
    return rowsKnown + (moreBeyondKnown ? Math.max(pageSize, 1) : 0);
  }

  @Override
  public String getRowKey(CaseRow row) {
    return Long.toString(row.id());
  }

  @Override
  public CaseRow getRowData(String rowKey) {
    List<CaseRow> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
