package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * The whole relationship with one customer on one page, with its audit trail; archiving starts
 * here.
 */
@Named("customerDetail")
@ViewScoped
public class CustomerDetailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Audit fields whose values are enum names, shown with their labels instead. */
  private static final Map<String, Function<String, Enum<?>>> ENUM_FIELDS =
      Map.of(
          "kind", CustomerKind::valueOf,
          "relationshipType", RelationshipType::valueOf,
          "lifecycle", Lifecycle::valueOf,
          "preferredChannel", Channel::valueOf,
          "stage", JourneyStage::valueOf);

  @Inject CustomerService customers;
  @Inject CustomerLabels labels;

  private Long id;

  /**
   * Reloaded when the view is restored from elsewhere: the entity is not part of the view state.
   */
  private transient Customer customer;

  private transient List<AuditEntry> history;
  private String ownerName;

  /** One changed field of an audit entry, in the user's words. */
  public record ChangeLine(String field, String oldValue, String newValue)
      implements Serializable {}

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/customers.xhtml");
      return;
    }
    try {
      customer = customers.get(CustomerId.lookup(id));
      history = customers.history(CustomerId.lookup(id));
      ownerName =
          customer.owner() == null
              ? null
              : customers.owners().stream()
                  .filter(o -> o.username().equals(customer.owner()))
                  .map(OwnerChoice::displayName)
                  .findFirst()
                  .orElse(customer.owner());
    } catch (NotFound e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  /** Managers and admins only (the service checks it too); back to the list with a message. */
  public String archive() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Customer c = customer();
      customers.archive(new CustomerId(c.id()), c.version());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              new java.text.MessageFormat(labels.text("customer.archived"))
                  .format(new Object[] {c.name()}),
              null));
      return "/customers?faces-redirect=true";
    } catch (DomainException e) {
      FacesProblems.show(e, "cust");
      return null;
    }
  }

  public List<ChangeLine> changes(AuditEntry entry) {
    return entry.changes().stream()
        .map(
            c ->
                new ChangeLine(
                    labels.field(c.field()),
                    shown(c.field(), c.oldValue()),
                    shown(c.field(), c.newValue())))
        .toList();
  }

  private String shown(String field, String value) {
    if (value == null) {
      return "—";
    }
    if (ENUM_FIELDS.containsKey(field)) {
      try {
        return labels.of(ENUM_FIELDS.get(field).apply(value));
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    if (field.equals("importantDates")) {
      // Stored as "RENEWAL 2027-04-01 note, ...": the kinds are shown with their labels.
      String shown = value;
      for (ImportantDateKind kind : ImportantDateKind.values()) {
        shown =
            shown.replaceAll(
                "\\b" + kind.name() + "\\b", Matcher.quoteReplacement(labels.of(kind)));
      }
      return shown;
    }
    if (field.startsWith("consent.")) {
      return labels.text(Boolean.parseBoolean(value) ? "consent.given" : "consent.notGiven");
    }
    return value;
  }

  public Customer getCustomer() {
    return customer();
  }

  private Customer customer() {
    if (customer == null && id != null) {
      customer = customers.get(CustomerId.lookup(id));
    }
    return customer;
  }

  public List<AuditEntry> getHistory() {
    if (history == null && id != null) {
      history = customers.history(CustomerId.lookup(id));
    }
    return history;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
