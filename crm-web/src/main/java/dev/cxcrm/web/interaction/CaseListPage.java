package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.interaction.CaseFile;
import dev.cxcrm.ejb.interaction.CaseFilter;
import dev.cxcrm.ejb.interaction.CaseService;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.KeysetModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;

/**
 * The case list: mine, unassigned or all, by status and type, newest first, keyset-paged. Agents
 * start on their own cases, managers on all; the choices are view parameters ({@code
 * cases.xhtml?scope=&status=&type=&customer=}), so a link can open a filtered list.
 */
@Named("caseList")
@ViewScoped
public class CaseListPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TABLE_ID = "list:cases";

  /** Whose cases the list shows. */
  public enum Scope {
    MINE,
    UNASSIGNED,
    ALL
  }

  @Inject CaseService cases;
  @Inject CustomerService customers;
  @Inject CurrentActor currentActor;

  private Scope scope;
  private CaseStatus status;
  private CaseType type;
  private Long customer;
  private Map<String, String> ownerNames;
  private KeysetModel<CaseRow> model;
  private CaseRow selected;

  @PostConstruct
  void init() {
    model = new KeysetModel<>(this::page, CaseRow::id);
    ownerNames = new LinkedHashMap<>();
    for (OwnerChoice o : customers.owners()) {
      ownerNames.put(o.username(), o.displayName());
    }
  }

  private Page<CaseRow> page(int pageSize, String cursor) {
    Scope s = getScope();
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    Page<CaseFile> page =
        cases.list(
            new CaseFilter(
                s == Scope.MINE ? me : null,
                s == Scope.UNASSIGNED,
                status,
                type,
                customer,
                Math.min(pageSize, CaseFilter.MAX_LIMIT)),
            cursor);
    Map<Long, String> names =
        cases.customerNames(page.items().stream().map(f -> f.serviceCase().customerId()).toList());
    return new Page<>(
        page.items().stream()
            .map(f -> CaseRow.of(f, names.get(f.serviceCase().customerId())))
            .toList(),
        page.next());
  }

  /** A change of a filter starts again on the first page. */
  public void filterChanged() {
    model.reset();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void open(SelectEvent<CaseRow> event) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/case.xhtml?id="
                + event.getObject().id());
  }

  public String ownerName(String username) {
    return username == null ? "" : ownerNames.getOrDefault(username, username);
  }

  public Scope[] getScopes() {
    return Scope.values();
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  public KeysetModel<CaseRow> getModel() {
    return model;
  }

  /** Agents start on their own cases, managers and admins on all of them. */
  public Scope getScope() {
    if (scope == null) {
      scope = Ownership.limitedToOwn(currentActor.actor()) ? Scope.MINE : Scope.ALL;
    }
    return scope;
  }

  public void setScope(Scope scope) {
    this.scope = scope;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public CaseType getType() {
    return type;
  }

  public void setType(CaseType type) {
    this.type = type;
  }

  public Long getCustomer() {
    return customer;
  }

  public void setCustomer(Long customer) {
    this.customer = customer;
  }

  public CaseRow getSelected() {
    return selected;
  }

  public void setSelected(CaseRow selected) {
    this.selected = selected;
  }
}
