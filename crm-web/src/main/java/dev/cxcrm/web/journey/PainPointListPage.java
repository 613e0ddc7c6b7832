package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.journey.PriorityScore;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.ejb.journey.PainPointFilter;
import dev.cxcrm.ejb.journey.PainPointLinks;
import dev.cxcrm.ejb.journey.PainPointService;
import dev.cxcrm.web.security.LocaleBean;
import dev.cxcrm.web.shared.Labels;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * The prioritised pain point list: highest score first with the score drawn as a bar and its
 * computation written out; managers record and edit pain points in a dialog and link the customers
 * they affect (found by the customer search) and the cases that show them.
 */
@Named("painPointList")
@ViewScoped
public class PainPointListPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DIALOG_FORM = "dialog";
  private static final int PAGE = 50;

  @Inject PainPointService painPoints;
  @Inject CustomerService customers;
  @Inject Labels labels;
  @Inject EmotionMapText text;
  @Inject LocaleBean locale;

  /** Filters from the URL; "ALL" shows both statuses. */
  private String status = PainPointStatus.OPEN.name();

  private Long touchpointId;

  private transient List<Row> rows;
  private String next;
  private PainPointForm form = new PainPointForm();
  private String customerToLink;
  private Long caseToLink;

  /** A line of the list, ready to show. */
  public record Row(
      long id,
      String title,
      String description,
      String touchpoint,
      String stage,
      int severity,
      String severityStars,
      long score,
      String formula,
      String barWidth,
      PainPointStatus status,
      List<Linked> customers,
      List<Linked> cases)
      implements Serializable {}

  /** A linked customer or case: its id and what to call it. */
  public record Linked(long id, String label) implements Serializable {}

  public void load() {
    // A view action runs before the template sets the user's language on the view.
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getLocale());
    rows = new ArrayList<>();
    next = null;
    more();
  }

  /** Appends the next page of the list. */
  public void more() {
    if (rows == null) {
      rows = new ArrayList<>();
    }
    Page<PainPoint> page = painPoints.list(filter(), next);
    Map<Long, EmotionMapTouchpoint> touchpoints = painPoints.touchpoints();
    PainPointLinks links = painPoints.links(page.items());
    long top =
        rows.isEmpty()
            ? (page.items().isEmpty() ? 0 : page.items().get(0).score())
            : rows.get(0).score();
    for (PainPoint p : page.items()) {
      rows.add(row(p, touchpoints.get(p.touchpointId()), links, top));
    }
    next = page.next();
  }

  private PainPointFilter filter() {
    PainPointStatus s =
        "ALL".equals(status) || status == null ? null : PainPointStatus.valueOf(status);
    return new PainPointFilter(touchpointId, s, PAGE);
  }

  private Row row(PainPoint p, EmotionMapTouchpoint t, PainPointLinks links, long top) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    PriorityScore s = p.priority();
    String formula =
        text.format(
            s.basis() == PriorityScore.Basis.LINKED
                ? "pain.formula.linked"
                : "pain.formula.entered",
            s.affectedCustomers(),
            s.severity(),
            s.value());
    double width = top <= 0 ? 0 : 100.0 * p.score() / top;
    return new Row(
        p.id(),
        p.title(),
        p.description(),
        t == null ? "#" + p.touchpointId() : t.name(locale),
        t == null ? "" : labels.of(t.stage()),
        p.severity(),
        "★".repeat(p.severity()) + "☆".repeat(5 - p.severity()),
        p.score(),
        formula,
        String.format(Locale.ROOT, "%.1f%%", width),
        p.status(),
        p.customerIds().stream()
            .map(id -> new Linked(id, links.customers().getOrDefault(id, "#" + id)))
            .toList(),
        p.caseIds().stream()
            .map(
                id -> {
                  var c = links.cases().get(id);
                  return new Linked(id, c == null ? "#" + id : "#" + id + " " + c.subject());
                })
            .toList());
  }

  /** The touchpoints to choose from, grouped by stage in journey order; inactive ones left out. */
  public List<SelectItem> getTouchpointChoices() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Map<JourneyStage, List<SelectItem>> byStage = new EnumMap<>(JourneyStage.class);
    for (EmotionMapTouchpoint t : painPoints.touchpoints().values()) {
      if (t.active() || t.id() == (form.getTouchpointId() == null ? -1 : form.getTouchpointId())) {
        byStage
            .computeIfAbsent(t.stage(), k -> new ArrayList<>())
            .add(new SelectItem(t.id(), t.name(locale) + " (" + labels.of(t.channel()) + ")"));
      }
    }
    List<SelectItem> groups = new ArrayList<>();
    byStage.forEach(
        (stage, items) -> {
          SelectItemGroup g = new SelectItemGroup(labels.of(stage));
          g.setSelectItems(items);
          groups.add(g);
        });
    return groups;
  }

  public void newPainPoint() {
    form = new PainPointForm();
    if (touchpointId != null) {
      form.setTouchpointId(touchpointId);
    }
  }

  public void edit(long id) {
    try {
      form = PainPointForm.of(painPoints.get(id));
    } catch (DomainException e) {
      text.showProblem(e);
    }
  }

  /** Saves the dialog; on success the dialog closes and the list is read again in score order. */
  public void save() {
    try {
      PainPoint p =
          form.isNew()
              ? painPoints.create(form.draft())
              : painPoints.update(form.getId(), form.getVersion(), form.draft());
      form = PainPointForm.of(p);
      load();
      saved(text.format("pain.saved", p.title(), p.score()));
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (InvalidInput e) {
      text.showNextToFields(DIALOG_FORM, e.errors());
    } catch (DomainException e) {
      text.showProblem(e);
    }
  }

  public List<Customer> completeCustomers(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return customers
        .search(new CustomerSearch(query, null, null, null, null, null, 10), null)
        .items();
  }

  /** Links the customer chosen in the search to the pain point being edited. */
  public void linkCustomer() {
    if (form.isNew() || customerToLink == null || customerToLink.isBlank()) {
      return;
    }
    Long id = new QueryInput().id("customerToLink", customerToLink);
    if (id == null) {
      text.showNextToFields(
          DIALOG_FORM,
          List.of(
              dev.cxcrm.domain.shared.FieldError.of(
                  "customerToLink",
                  "pain.validation.pickCustomer",
                  "Choose a customer from the list.")));
      return;
    }
    changeLinks(
        "customerToLink",
        () -> painPoints.linkCustomers(form.getId(), null, List.of(id)),
        () -> customerToLink = null);
  }

  public void unlinkCustomer(long customerId) {
    changeLinks(
        null,
        () -> painPoints.unlinkCustomer(form.getId(), CustomerId.lookup(customerId)),
        () -> {});
  }

  public void linkCase() {
    if (form.isNew() || caseToLink == null) {
      return;
    }
    changeLinks(
        "caseToLink",
        () -> painPoints.linkCases(form.getId(), null, List.of(caseToLink)),
        () -> caseToLink = null);
  }

  public void unlinkCase(long caseId) {
    changeLinks(null, () -> painPoints.unlinkCase(form.getId(), CaseId.lookup(caseId)), () -> {});
  }

  /**
   * Links or unlinks on the pain point being edited, then runs {@code done} (clearing the input
   * that picked the link) and shows the list as it is now. The service's errors about the ids to
   * link show at {@code field}, that input; an unlink (null field) shows them as a problem.
   */
  private void changeLinks(String field, Supplier<PainPoint> change, Runnable done) {
    try {
      form = PainPointForm.of(change.get());
      done.run();
      load();
    } catch (InvalidInput e) {
      if (field == null) {
        text.showProblem(e);
      } else {
        showAt(field, e);
      }
    } catch (DomainException e) {
      text.showProblem(e);
    }
  }

  /**
   * The service's errors about ids being linked, all shown at the one input that picked them
   * ({@code field}), since the dialog has no input per id.
   */
  private void showAt(String field, InvalidInput e) {
    text.showNextToFields(
        DIALOG_FORM,
        e.errors().stream()
            .map(
                f ->
                    new dev.cxcrm.domain.shared.FieldError(
                        field, f.messageKey(), f.args(), f.message()))
            .toList());
  }

  /** The linked customers and cases of the pain point in the dialog, with names. */
  public Row getEditedRow() {
    if (form.isNew()) {
      return null;
    }
    return getRows().stream()
        .filter(r -> r.id() == form.getId())
        .findFirst()
        .orElseGet(
            () -> {
              PainPoint p = painPoints.get(form.getId());
              return row(
                  p,
                  painPoints.touchpoints().get(p.touchpointId()),
                  painPoints.links(List.of(p)),
                  p.score());
            });
  }

  private static void saved(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  /** Managers and admins record and change pain points; the service checks it too. */
  public boolean isMayChange() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("MANAGER") || external.isUserInRole("ADMIN");
  }

  public List<Row> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public boolean isHasMore() {
    return next != null;
  }

  public PainPointStatus[] getStatuses() {
    return PainPointStatus.values();
  }

  public String getStatus() {
    return status;
  }

  /** Anything but a status or "ALL" (a hand-edited URL) shows the open ones. */
  public void setStatus(String status) {
    boolean known =
        "ALL".equals(status)
            || java.util.Arrays.stream(PainPointStatus.values())
                .anyMatch(s -> s.name().equals(status));
    this.status = known ? status : PainPointStatus.OPEN.name();
  }

  public Long getTouchpointId() {
    return touchpointId;
  }

  public void setTouchpointId(Long touchpointId) {
    this.touchpointId = touchpointId;
  }

  public PainPointForm getForm() {
    return form;
  }

  public String getCustomerToLink() {
    return customerToLink;
  }

  public void setCustomerToLink(String customerToLink) {
    this.customerToLink = customerToLink;
  }

  public Long getCaseToLink() {
    return caseToLink;
  }

  public void setCaseToLink(Long caseToLink) {
    this.caseToLink = caseToLink;
  }

  public int[] getSeverities() {
    return new int[] {1, 2, 3, 4, 5};
  }

  /** The name of the touchpoint filter, for the heading; null without one. */
  public String getTouchpointName() {
    if (touchpointId == null) {
      return null;
    }
    EmotionMapTouchpoint t = painPoints.touchpoints().get(touchpointId);
    return t == null ? null : t.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
