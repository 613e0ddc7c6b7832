package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.interaction.TimelineEntry;
import dev.cxcrm.ejb.interaction.TouchpointChoice;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The customer page's interaction part: the quick log form and the timeline, paged by cursor
 * ("more" appends the next page). The customer is the page's {@code id} parameter.
 */
@Named("customerTimeline")
@ViewScoped
public class CustomerTimelinePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE = 20;

  @Inject InteractionService interactions;
  @Inject InteractionLabels labels;
  @Inject TimeSource time;

  private Long customerId;
  private Channel defaultChannel = Channel.PHONE;
  private QuickLog form = new QuickLog();
  private Channel filter;
  private final List<TimelineEntry> entries = new ArrayList<>();
  private String next;
  private transient List<TouchpointChoice> touchpoints;
  private transient List<Interaction> openInbound;

  @PostConstruct
  void init() {
    // An unreadable id shows the page without a customer, like an unknown one.
    Long id = PageParameters.id();
    if (id == null) {
      return;
    }
    try {
      var c = interactions.customer(CustomerId.lookup(id));
      customerId = c.id();
      if (c.preferredChannel() != null && c.preferredChannel() != Channel.IN_PERSON) {
        defaultChannel = c.preferredChannel();
      }
      resetForm();
      reload();
    } catch (DomainException e) {
      customerId = null;
    }
  }

  private void resetForm() {
    openInbound = null;
    form = new QuickLog();
    form.setChannel(defaultChannel);
    form.setOccurredAt(LocalDateTime.now(time.zone()).truncatedTo(ChronoUnit.MINUTES));
  }

  /** The first page again, after a filter change or a new entry. */
  public void reload() {
    entries.clear();
    next = null;
    more();
  }

  public void more() {
    if (customerId == null) {
      return;
    }
    try {
      Page<TimelineEntry> page =
          interactions.timeline(
              new CustomerId(customerId), filter, entries.isEmpty() ? null : next, PAGE);
      entries.addAll(page.items());
      next = page.next();
    } catch (DomainException e) {
      labels.show(e, "timeline");
    }
  }

  /**
   * Inbound contacts await an answer by default, except in person. An outbound contact is an answer
   * by default: reactive, naming the oldest open contact, so that the agent's answer is linked
   * without extra work.
   */
  public void directionOrChannelChanged() {
    boolean inbound = form.getDirection() == Direction.INBOUND;
    form.setAwaitsAnswer(inbound && form.getChannel() != Channel.IN_PERSON);
    if (inbound) {
      form.setPurpose(null);
      form.setReplyTo(null);
    } else if (form.getPurpose() == null) {
      form.setPurpose(Purpose.REACTIVE);
      purposeChanged();
    }
  }

  /**
   * A proactive contact answers nothing: the selection is cleared; a reactive one names the oldest.
   */
  public void purposeChanged() {
    if (form.getPurpose() == Purpose.REACTIVE) {
      openInbound = null;
      form.setReplyTo(getOpenInbound().isEmpty() ? null : getOpenInbound().get(0).id());
    } else {
      form.setReplyTo(null);
    }
  }

  public void log() {
    boolean inbound = form.getDirection() == Direction.INBOUND;
    InteractionDraft draft =
        new InteractionDraft(
            customerId,
            form.getContactName(),
            form.getChannel(),
            form.getDirection(),
            form.getOccurredAt() == null
                ? null
                : form.getOccurredAt().atZone(time.zone()).toInstant(),
            form.getTouchpointId(),
            null,
            form.getSubject(),
            form.getSummary(),
            form.getOutcome(),
            form.getEmotion(),
            inbound && form.isAwaitsAnswer(),
            null,
            form.getPurpose() == Purpose.REACTIVE ? form.getReplyTo() : null,
            inbound ? null : form.getPurpose(),
            null);
    try {
      Interaction logged = interactions.log(draft).interaction();
      labels.info(
          logged.dueAt() != null ? "timeline.loggedDue" : "timeline.logged",
          labels.instant(logged.dueAt()));
      resetForm();
      reload();
      PrimeFaces.current().focus("quickLog:subject");
    } catch (DomainException e) {
      labels.show(e, "quickLog");
    }
  }

  /** Pre-fills an outbound answer on the same channel that names the contact in replyTo. */
  public void answer(TimelineEntry entry) {
    Interaction i = entry.interaction();
    resetForm();
    form.setDirection(Direction.OUTBOUND);
    form.setChannel(i.channel());
    form.setAwaitsAnswer(false);
    form.setPurpose(Purpose.REACTIVE);
    form.setReplyTo(i.id());
    if (getOpenInbound().stream().noneMatch(o -> o.id().equals(i.id()))) {
      List<Interaction> withIt = new ArrayList<>(getOpenInbound());
      withIt.add(i);
      openInbound = withIt;
    }
    form.setSubject(
        i.subject() == null ? null : labels.format("timeline.replySubject", i.subject()));
    form.setTouchpointId(i.touchpointId());
    PrimeFaces.current().focus("quickLog:subject");
  }

  /**
   * The customer's contacts still awaiting an answer, oldest first: what an answer may name. Read
   * once per form (again after a contact is logged or the purpose chosen).
   */
  public List<Interaction> getOpenInbound() {
    if (openInbound == null) {
      openInbound =
          customerId == null ? List.of() : interactions.openInbound(new CustomerId(customerId));
    }
    return openInbound;
  }

  /** How an open contact reads in the list of what an answer names: time, channel, subject. */
  public String openLabel(Interaction i) {
    return labels.instant(i.occurredAt())
        + " · "
        + labels.of(i.channel())
        + (i.subject() == null ? "" : " · " + i.subject());
  }

  public boolean isOpen(TimelineEntry e) {
    return e.interaction() != null && e.interaction().isOpen() && e.interaction().dueAt() != null;
  }

  public boolean isOverdue(TimelineEntry e) {
    return isOpen(e) && time.now().isAfter(e.interaction().dueAt());
  }

  public Instant getNow() {
    return time.now();
  }

  /** The active touchpoints grouped by journey stage, named in the user's language. */
  public List<SelectItem> getTouchpointItems() {
    boolean english = english();
    List<SelectItem> groups = new ArrayList<>();
    for (JourneyStage stage : JourneyStage.values()) {
      List<SelectItem> items = new ArrayList<>();
      touchpoints().stream()
          .filter(t -> t.active() && t.stage() == stage)
          .forEach(t -> items.add(new SelectItem(t.id(), t.name(english))));
      if (!items.isEmpty()) {
        SelectItemGroup g = new SelectItemGroup(labels.of(stage));
        g.setSelectItems(items);
        groups.add(g);
      }
    }
    return groups;
  }

  /** The name of the touchpoint an interaction was logged at, retired or not; null for none. */
  public String touchpointName(Long id) {
    if (id == null) {
      return null;
    }
    boolean english = english();
    return touchpoints().stream()
        .filter(t -> t.id() == id)
        .map(t -> t.name(english))
        .findFirst()
        .orElse(null);
  }

  private List<TouchpointChoice> touchpoints() {
    if (touchpoints == null) {
      touchpoints = interactions.touchpoints();
    }
    return touchpoints;
  }

  private static boolean english() {
    return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public Purpose[] getPurposes() {
    return Purpose.values();
  }

  /** The emotion scale, −2 to +2, as buttons. */
  public List<Map.Entry<Integer, String>> getEmotions() {
    List<Map.Entry<Integer, String>> list = new ArrayList<>();
    for (int e = -2; e <= 2; e++) {
      list.add(Map.entry(e, labels.text("interaction.emotion." + e)));
    }
    return list;
  }

  public QuickLog getForm() {
    return form;
  }

  public List<TimelineEntry> getEntries() {
    return entries;
  }

  public boolean isMoreAvailable() {
    return next != null;
  }

  public Channel getFilter() {
    return filter;
  }

  public void setFilter(Channel filter) {
    this.filter = filter;
  }

  public Long getCustomerId() {
    return customerId;
  }
}
