package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.interaction.CaseChanges;
import dev.cxcrm.ejb.interaction.CaseFile;
import dev.cxcrm.ejb.interaction.CaseInteraction;
import dev.cxcrm.ejb.interaction.CaseService;
import dev.cxcrm.ejb.interaction.RootCauses;
import dev.cxcrm.web.security.CurrentActor;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case: its facts, the interactions it groups (read from the interaction table through the case
 * service), and the work on it: change priority, owner, status and subject, attach and detach the
 * customer's interactions, resolve with a root cause, reopen. Buttons for changes show only to
 * those who may make them; the service checks again.
 */
@Named("caseDetail")
@ViewScoped
public class CaseDetailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CaseService cases;
  @Inject RootCauses rootCauses;
  @Inject CustomerService customers;
  @Inject CaseLabels labels;
  @Inject CurrentActor currentActor;

  private Long id;
  private transient CaseFile file;
  private transient List<CaseInteraction> interactions;
  private transient List<CaseInteraction> attachable;
  private String customerName;
  private Map<String, String> ownerNames;
  private boolean mayWork;

  private CasePriority priority;
  private String owner;
  private CaseStatus status;
  private String subject;
  private Long rootCauseId;
  private String resolution;
  private List<Long> toAttach = new ArrayList<>();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/cases.xhtml");
      return;
    }
    try {
      refresh();
    } catch (NotFound e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  /** Reads the case again and puts its current values into the forms. */
  private void refresh() {
    file = cases.get(CaseId.lookup(id));
    ServiceCase c = file.serviceCase();
    interactions = cases.interactions(CaseId.lookup(id));
    attachable = null;
    customerName = customers.get(new CustomerId(c.customerId())).name();
    mayWork = cases.mayWork(c);
    ownerNames = new LinkedHashMap<>();
    for (OwnerChoice o : customers.owners()) {
      ownerNames.put(o.username(), o.displayName());
    }
    priority = c.priority();
    owner = c.owner();
    status = c.status();
    subject = c.subject();
    rootCauseId = null;
    resolution = null;
    toAttach = new ArrayList<>();
  }

  public void save() {
    run(
        "change",
        () ->
            cases.change(
                CaseId.lookup(id),
                version(),
                new CaseChanges(priority, true, owner, status, subject)),
        "case.saved");
  }

  public void resolve() {
    run(
        "resolve",
        () -> cases.resolve(CaseId.lookup(id), version(), rootCauseId, resolution),
        "case.resolved");
  }

  public void reopen() {
    run("change", () -> cases.reopen(CaseId.lookup(id), version()), "case.reopened");
  }

  public void attach() {
    run("attach", () -> cases.attach(CaseId.lookup(id), version(), toAttach), "case.attached");
  }

  public void detach(CaseInteraction i) {
    run(
        "change",
        () -> cases.detach(CaseId.lookup(id), version(), new InteractionId(i.id())),
        "case.detached");
  }

  private void run(String form, Runnable action, String doneKey) {
    try {
      action.run();
      refresh();
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_INFO, labels.text(doneKey), null));
    } catch (DomainException e) {
      CaseMessages.show(form, e, labels);
    }
  }

  private int version() {
    return getCase().version();
  }

  /** Active root causes grouped by category, for the resolve dialog. */
  public List<SelectItem> getRootCauseChoices() {
    Map<RootCauseCategory, List<SelectItem>> groups = new LinkedHashMap<>();
    for (RootCauseCategory category : RootCauseCategory.values()) {
      groups.put(category, new ArrayList<>());
    }
    for (RootCause r : rootCauses.all()) {
      if (r.isActive()) {
        groups.get(r.category()).add(new SelectItem(r.id(), labels.name(r)));
      }
    }
    List<SelectItem> items = new ArrayList<>();
    groups.forEach(
        (category, entries) -> {
          if (!entries.isEmpty()) {
            SelectItemGroup g = new SelectItemGroup(labels.of(category));
            g.setSelectItems(entries.toArray(SelectItem[]::new));
            items.add(g);
          }
        });
    return items;
  }

  /** The name of the case's root cause in the page's language. */
  public String getRootCauseName() {
    Long rc = getCase().rootCauseId();
    return rc == null ? "" : labels.name(rootCauses.get(rc));
  }

  /** Who the case can be given to: agents only themselves (or nobody), managers anyone. */
  public Map<String, String> getOwnerChoices() {
    return Ownership.choices(currentActor.actor(), getCase().owner(), ownerNames);
  }

  public String ownerName(String username) {
    return username == null ? "" : ownerNames.getOrDefault(username, username);
  }

  public CaseStatus[] getWorkStatuses() {
    return new CaseStatus[] {CaseStatus.OPEN, CaseStatus.IN_PROGRESS};
  }

  public CasePriority[] getPriorities() {
    return CasePriority.values();
  }

  public ServiceCase getCase() {
    if (file == null && id != null) {
      file = cases.get(CaseId.lookup(id));
    }
    return file == null ? null : file.serviceCase();
  }

  public CaseFile getFile() {
    getCase();
    return file;
  }

  public List<CaseInteraction> getInteractions() {
    if (interactions == null && id != null) {
      interactions = cases.interactions(CaseId.lookup(id));
    }
    return interactions;
  }

  /** The customer's interactions in no case yet, newest first. */
  public List<CaseInteraction> getAttachable() {
    if (attachable == null && getCase() != null) {
      attachable = cases.unassignedInteractions(new CustomerId(getCase().customerId()));
    }
    return attachable;
  }

  public boolean isResolved() {
    return getCase().status() == CaseStatus.RESOLVED;
  }

  public boolean isMayWork() {
    return mayWork;
  }

  public String getCustomerName() {
    return customerName;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CasePriority getPriority() {
    return priority;
  }

  public void setPriority(CasePriority priority) {
    this.priority = priority;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public Long getRootCauseId() {
    return rootCauseId;
  }

  public void setRootCauseId(Long rootCauseId) {
    this.rootCauseId = rootCauseId;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public List<Long> getToAttach() {
    return toAttach;
  }

  public void setToAttach(List<Long> toAttach) {
    this.toAttach = toAttach == null ? new ArrayList<>() : toAttach;
  }
}
