package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.PlaybookStepId;
import dev.cxcrm.domain.playbook.StepDraft;
import dev.cxcrm.domain.playbook.Trigger;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.playbook.PlaybookService;
import dev.cxcrm.ejb.playbook.PlaybookService.PlaybookFile;
import dev.cxcrm.web.shared.CatalogueEntryForm;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The playbooks page for managers: who does each relationship type's tasks, and its steps, added
 * and changed in one form (a step no longer wanted is made inactive).
 */
@Named("playbooksPage")
@ViewScoped
public class PlaybooksPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlaybookService playbooks;
  @Inject PlaybookText text;

  private transient List<PlaybookFile> files;

  /** The step being edited (null: a new one of {@link #type}). */
  private Long stepId;

  private int stepVersion;
  private RelationshipType type;
  private Trigger trigger = Trigger.EVERY_MONTHS;
  private Integer amount = 3;
  private ImportantDateKind dateKind;
  private final CatalogueEntryForm entry = new CatalogueEntryForm();

  @PostConstruct
  void init() {
    type = RelationshipType.DEDICATED_PERSONAL_ASSISTANCE;
  }

  public List<PlaybookFile> getFiles() {
    if (files == null) {
      files = playbooks.playbooks();
    }
    return files;
  }

  /** Toggles the playbook between its owner and the team. */
  public void assign(PlaybookFile f, Assignment to) {
    try {
      playbooks.assign(f.playbook().relationshipType(), f.playbook().version(), to);
      text.info("playbooks.assigned", text.of(f.playbook().relationshipType()), text.of(to));
    } catch (DomainException e) {
      text.show(e, "list");
    }
    files = null;
  }

  public void startNew(RelationshipType forType) {
    stepId = null;
    type = forType;
    trigger = Trigger.EVERY_MONTHS;
    amount = 3;
    dateKind = null;
    entry.clear();
    PrimeFaces.current().focus("step:nameJa");
  }

  public void edit(PlaybookStep s) {
    stepId = s.id();
    stepVersion = s.version();
    type = s.relationshipType();
    trigger = s.trigger();
    amount = s.amount();
    dateKind = s.dateKind();
    entry.fill(s.nameJa(), s.nameEn(), s.active());
    PrimeFaces.current().focus("step:nameJa");
  }

  public void save() {
    StepDraft d =
        new StepDraft(
            type,
            trigger,
            amount,
            trigger == Trigger.DAYS_BEFORE_DATE ? dateKind : null,
            entry.getNameJa(),
            entry.getNameEn(),
            entry.isActive());
    try {
      PlaybookStep saved =
          stepId == null
              ? playbooks.addStep(d)
              : playbooks.changeStep(new PlaybookStepId(stepId), stepVersion, d);
      text.info("playbooks.saved", text.step(saved), text.of(saved.relationshipType()));
      startNew(saved.relationshipType());
      files = null;
    } catch (DomainException e) {
      text.show(e, "step");
    }
  }

  /** When a step comes due, in words: "every 3 months", "7 days before the birthday". */
  public String when(PlaybookStep s) {
    return text.format("Trigger." + s.trigger().name(), s.amount(), text.of(s.dateKind()));
  }

  public boolean isEditing() {
    return stepId != null;
  }

  public Trigger[] getTriggers() {
    return Trigger.values();
  }

  public ImportantDateKind[] getDateKinds() {
    return ImportantDateKind.values();
  }

  public Assignment[] getAssignments() {
    return Assignment.values();
  }

  public RelationshipType getType() {
    return type;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public void setTrigger(Trigger trigger) {
    this.trigger = trigger;
  }

  public Integer getAmount() {
    return amount;
  }

  public void setAmount(Integer amount) {
    this.amount = amount;
  }

  public ImportantDateKind getDateKind() {
    return dateKind;
  }

  public void setDateKind(ImportantDateKind dateKind) {
    this.dateKind = dateKind;
  }

  public CatalogueEntryForm getEntry() {
    return entry;
  }
}
