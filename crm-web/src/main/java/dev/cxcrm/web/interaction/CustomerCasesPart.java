package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.interaction.CaseFilter;
import dev.cxcrm.ejb.interaction.CaseInteraction;
import dev.cxcrm.ejb.interaction.CaseService;
import dev.cxcrm.ejb.interaction.NewCase;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
 * The cases part of the customer page: the customer's latest cases and a form to open a new one
 * with some of the customer's interactions that are in no case yet. The customer is the page's
 * {@code id} parameter.
 */
@Named("customerCases")
@ViewScoped
public class CustomerCasesPart implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN = 10;

  @Inject CaseService cases;
  @Inject CustomerService customers;
  @Inject CaseLabels labels;
  @Inject CurrentActor currentActor;

  private Long customerId;
  private transient List<CaseRow> latest;
  private transient List<CaseInteraction> attachable;
  private boolean more;
  private Map<String, String> ownerNames;

  private CaseType type = CaseType.QUESTION;
  private CasePriority priority = CasePriority.NORMAL;
  private String subject;
  private String owner;
  private List<Long> interactionIds = new ArrayList<>();

  @PostConstruct
  void init() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    customerId = PageParameters.id();
    owner = ext.getRemoteUser();
    ownerNames = new LinkedHashMap<>();
    for (OwnerChoice o : customers.owners()) {
      ownerNames.put(o.username(), o.displayName());
    }
  }

  /** Opens the case and goes to its page. */
  public void open() throws IOException {
    try {
      long id =
          cases
              .open(new NewCase(customerId, type, priority, subject, owner, interactionIds))
              .serviceCase()
              .id();
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      ext.getFlash().setKeepMessages(true);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new jakarta.faces.application.FacesMessage(
                  jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                  labels.text("case.opened"),
                  null));
      ext.redirect(ext.getRequestContextPath() + "/case.xhtml?id=" + id);
    } catch (DomainException e) {
      CaseMessages.show("newCase", e, labels);
    }
  }

  public List<CaseRow> getLatest() {
    if (latest == null && customerId != null) {
      var page = cases.list(new CaseFilter(null, false, null, null, customerId, SHOWN), null);
      more = page.next() != null;
      latest = page.items().stream().map(f -> CaseRow.of(f, null)).toList();
    }
    return latest;
  }

  public boolean isMore() {
    getLatest();
    return more;
  }

  public List<CaseInteraction> getAttachable() {
    if (attachable == null && customerId != null) {
      attachable = cases.unassignedInteractions(new CustomerId(customerId));
    }
    return attachable;
  }

  /** Agents may take the case themselves or leave it unassigned; managers give it to anyone. */
  public Map<String, String> getOwnerChoices() {
    return Ownership.choices(currentActor.actor(), null, ownerNames);
  }

  public String ownerName(String username) {
    return username == null ? "" : ownerNames.getOrDefault(username, username);
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  public CasePriority[] getPriorities() {
    return CasePriority.values();
  }

  public Long getCustomerId() {
    return customerId;
  }

  public CaseType getType() {
    return type;
  }

  public void setType(CaseType type) {
    this.type = type;
  }

  public CasePriority getPriority() {
    return priority;
  }

  public void setPriority(CasePriority priority) {
    this.priority = priority;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public List<Long> getInteractionIds() {
    return interactionIds;
  }

  public void setInteractionIds(List<Long> interactionIds) {
    this.interactionIds = interactionIds == null ? new ArrayList<>() : interactionIds;
  }
}
