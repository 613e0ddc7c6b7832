package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The form for a new customer and for changing one ({@code ?id=}). The service checks everything;
 * its field errors appear next to their inputs and the user's input stays as typed.
 */
@Named("customerEdit")
@ViewScoped
public class CustomerEditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "edit";

  @Inject CustomerService customers;
  @Inject CustomerLabels labels;
  @Inject TimeSource time;
  @Inject CurrentActor currentActor;

  private Long id;
  private int version;
  private String originalName;
  private CustomerForm form;
  private List<OwnerChoice> owners;
  private String segmentToAdd;

  public void load() throws IOException {
    if (form != null) {
      return;
    }
    owners = customers.owners();
    if (id == null) {
      form = CustomerForm.fresh(time.today());
      return;
    }
    try {
      Customer c = customers.get(CustomerId.lookup(id));
      version = c.version();
      originalName = c.name();
      form = CustomerForm.of(c.toDraft());
    } catch (NotFound e) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Customer saved =
          id == null
              ? customers.create(form.toDraft())
              : customers.update(CustomerId.lookup(id), version, form.toDraft());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, labels.text("customer.saved"), null));
      return "/customer?faces-redirect=true&id=" + saved.id();
    } catch (InvalidInput e) {
      FieldMessages.show(FORM, e.errors(), labels);
      error(labels.format("edit.invalid", List.of(e.errors().size()), e.getMessage()));
    } catch (StaleVersion e) {
      error(labels.text("customer.stale"));
    } catch (DomainException e) {
      FacesProblems.show(e, "cust");
    }
    faces.validationFailed();
    return null;
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public void addExternalId() {
    form.getExternalIds().add(new CustomerForm.ExternalIdLine());
  }

  public void removeExternalId(int index) {
    form.getExternalIds().remove(index);
  }

  public void addContact() {
    form.getContacts().add(new CustomerForm.ContactLine());
  }

  public void removeContact(int index) {
    form.getContacts().remove(index);
  }

  public void addImportantDate() {
    form.getImportantDates().add(new CustomerForm.DateLine());
  }

  /** Segment labels in use that start with what was typed, for the segment helper. */
  public List<String> suggestSegments(String prefix) {
    return customers.segmentLabels(prefix, 10);
  }

  /** Adds the label chosen in the helper to the chips, once, and empties the helper. */
  public void addSegment() {
    if (segmentToAdd != null
        && !segmentToAdd.isBlank()
        && !form.getSegments().contains(segmentToAdd.strip())) {
      form.getSegments().add(segmentToAdd.strip());
    }
    segmentToAdd = null;
    // The helper is rendered anew; the caret goes back into it for the next label.
    PrimeFaces.current().focus(FORM + ":segmentSuggest");
  }

  public String getSegmentToAdd() {
    return segmentToAdd;
  }

  public void setSegmentToAdd(String segmentToAdd) {
    this.segmentToAdd = segmentToAdd;
  }

  public void removeImportantDate(int index) {
    form.getImportantDates().remove(index);
  }

  /**
   * Agents cannot choose the owner (the service refuses it); the field shows it read-only to them.
   */
  public boolean isMayChooseOwner() {
    return !Ownership.limitedToOwn(currentActor.actor());
  }

  public boolean isCompany() {
    return form != null && form.getKind() == CustomerKind.COMPANY;
  }

  public boolean isChurned() {
    return form != null && form.getLifecycle() == Lifecycle.CHURNED;
  }

  public boolean isCreating() {
    return id == null;
  }

  public String getOriginalName() {
    return originalName;
  }

  public CustomerForm getForm() {
    return form;
  }

  public List<OwnerChoice> getOwners() {
    return owners;
  }

  public CustomerKind[] getKinds() {
    return CustomerKind.values();
  }

  public RelationshipType[] getRelationshipTypes() {
    return RelationshipType.values();
  }

  public Lifecycle[] getLifecycles() {
    return Lifecycle.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public ImportantDateKind[] getImportantDateKinds() {
    return ImportantDateKind.values();
  }

  public List<String> getLanguages() {
    return List.of("ja", "en");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
