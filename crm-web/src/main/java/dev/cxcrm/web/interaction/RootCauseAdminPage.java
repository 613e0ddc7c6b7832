package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.interaction.RootCauses;
import dev.cxcrm.web.shared.CatalogueEntryForm;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The root-cause catalogue for managers: the entries by category, a form that adds a new one or
 * changes the one picked from the table (deactivating keeps it on resolved cases).
 */
@Named("rootCauseAdmin")
@ViewScoped
public class RootCauseAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RootCauses rootCauses;
  @Inject CaseLabels labels;

  private transient List<RootCause> entries;
  private Long editing;
  private Integer version;
  private RootCauseCategory category = RootCauseCategory.PROCESS;
  private final CatalogueEntryForm entry = new CatalogueEntryForm();

  public void edit(RootCause r) {
    editing = r.id();
    version = r.version();
    category = r.category();
    entry.fill(r.nameJa(), r.nameEn(), r.isActive());
  }

  public void startNew() {
    editing = null;
    version = null;
    category = RootCauseCategory.PROCESS;
    entry.clear();
  }

  public void save() {
    try {
      if (editing == null) {
        rootCauses.create(category, entry.getNameJa(), entry.getNameEn());
      } else {
        rootCauses.edit(
            editing, version, category, entry.getNameJa(), entry.getNameEn(), entry.isActive());
      }
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_INFO, labels.text("rootCause.saved"), null));
      startNew();
      entries = null;
    } catch (DomainException e) {
      CaseMessages.show("rootCause", e, labels);
    }
  }

  public List<RootCause> getEntries() {
    if (entries == null) {
      entries = rootCauses.all();
    }
    return entries;
  }

  public RootCauseCategory[] getCategories() {
    return RootCauseCategory.values();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public RootCauseCategory getCategory() {
    return category;
  }

  public void setCategory(RootCauseCategory category) {
    this.category = category;
  }

  public CatalogueEntryForm getEntry() {
    return entry;
  }
}
