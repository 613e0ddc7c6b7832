package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.CustomerSort;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.web.shared.CsvExport;
import dev.cxcrm.web.shared.KeysetModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.StreamedContent;

/**
 * The customer list: free-text search, filters and order over the keyset-paged table. Search,
 * filters and order are view parameters ({@code
 * customers.xhtml?q=&type=&lifecycle=&segment=&owner=&sort=}): each change writes them into the
 * address bar, so that Back from a customer and a bookmark show the same list again (on its first
 * page: keyset cursors are not worth keeping in a URL).
 */
@Named("customerList")
@ViewScoped
public class CustomerListPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TABLE_ID = "list:customers";

  private static final int SUGGESTIONS = 10;

  @Inject CustomerService customers;
  @Inject CustomerListMemory memory;

  private String text;
  private RelationshipType relationshipType;
  private Lifecycle lifecycle;
  private String segment;
  private String owner;
  private CustomerSort sort = CustomerSort.NAME_ASC;
  private Map<String, String> ownerNames;
  private KeysetModel<CustomerRow> model;
  private CustomerRow selected;

  @PostConstruct
  void init() {
    model = new KeysetModel<>(this::page, CustomerRow::id);
    ownerNames = new LinkedHashMap<>();
    for (OwnerChoice o : customers.owners()) {
      ownerNames.put(o.username(), o.displayName());
    }
  }

  private Page<CustomerRow> page(int pageSize, String cursor) {
    Page<Customer> page =
        customers.search(
            new CustomerSearch(text, relationshipType, lifecycle, segment, owner, sort, pageSize),
            cursor);
    return new Page<>(page.items().stream().map(CustomerRow::of).toList(), page.next());
  }

  /** Every customer the current search and filters find, as CSV, in the list's order. */
  public StreamedContent csv() {
    CustomerSearch all =
        new CustomerSearch(
            text, relationshipType, lifecycle, segment, owner, sort, CustomerSearch.MAX_LIMIT);
    return CsvExport.download(
        "customers.csv",
        CustomerCsv.HEADER,
        CsvExport.allPages(cursor -> customers.search(all, cursor)),
        CustomerCsv::row);
  }

  /** Any change of search text, filter or order starts again on the first page. */
  public void searchChanged() {
    model.reset();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
      table.setFirst(0);
    }
    String query = query();
    memory.remember(query);
    // Replace, not push: Back should leave the list, not step through every keystroke.
    String url = faces.getExternalContext().getRequestContextPath() + "/customers.xhtml";
    PrimeFaces.current()
        .executeScript(
            "history.replaceState(history.state, '', '"
                + (query.isEmpty() ? url : url + "?" + query)
                + "')");
  }

  /** Called when the list is opened: its view parameters become the list to return to. */
  public void opened() {
    memory.remember(query());
  }

  /**
   * The view parameters of the current search, URL-encoded (only letters, digits and {@code
   * %+=&._*-}, so it is safe inside a script string); the default order is left out.
   */
  String query() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", text);
    params.put("type", relationshipType == null ? null : relationshipType.name());
    params.put("lifecycle", lifecycle == null ? null : lifecycle.name());
    params.put("segment", segment);
    params.put("owner", owner);
    params.put("sort", sort == CustomerSort.NAME_ASC ? null : sort.name());
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Segment labels in use that start with what was typed, for the segment filter. */
  public List<String> suggestSegments(String prefix) {
    return customers.segmentLabels(prefix, SUGGESTIONS);
  }

  public void open(SelectEvent<CustomerRow> event) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String path = faces.getExternalContext().getRequestContextPath();
    faces.getExternalContext().redirect(path + "/customer.xhtml?id=" + event.getObject().id());
  }

  public String ownerName(String username) {
    return username == null ? "" : ownerNames.getOrDefault(username, username);
  }

  public Map<String, String> getOwnerNames() {
    return ownerNames;
  }

  public RelationshipType[] getRelationshipTypes() {
    return RelationshipType.values();
  }

  public Lifecycle[] getLifecycles() {
    return Lifecycle.values();
  }

  public CustomerSort[] getSorts() {
    return CustomerSort.values();
  }

  public KeysetModel<CustomerRow> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** The relationship type filter, named as its view parameter ({@code type}). */
  public RelationshipType getType() {
    return relationshipType;
  }

  public void setType(RelationshipType type) {
    this.relationshipType = type;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public CustomerSort getSort() {
    return sort;
  }

  public void setSort(CustomerSort sort) {
    this.sort = sort == null ? CustomerSort.NAME_ASC : sort;
  }

  public CustomerRow getSelected() {
    return selected;
  }

  public void setSelected(CustomerRow selected) {
    this.selected = selected;
  }
}
