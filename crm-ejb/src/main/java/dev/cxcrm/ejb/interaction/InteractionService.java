package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.AnswerRule;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.DueCursor;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.interaction.InteractionRules;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.interaction.ResponsePolicy;
import dev.cxcrm.domain.interaction.TimelineCursor;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.customer.CustomerChecks;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.interaction.InteractionRepository.ReplyTarget;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.ejb.journey.TouchpointChecks;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.BulkRows;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The interaction use cases: log one contact or many, read one, a customer's timeline, the due
 * queue and the compliance figures. All staff read; an agent logs only for the customers it may
 * change ({@link Ownership}); the figures are for managers. Single and bulk logging share one path:
 * check every row, look up every reference once per request, write the new rows in one JDBC batch,
 * then let the {@link AnswerRule} settle which inbound contacts are now answered.
 * docs/decisions/0005-answers-and-due-queue.md has the rules.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class InteractionService {
  public static final int BULK_MAX = 1000;
  public static final int PAGE_MAX = 200;
  public static final int PAGE_DEFAULT = 50;

  /** API keys act as {@code apikey:<name>}; they are not users, so they are nobody's agent. */
  private static final String API_KEY_PREFIX = "apikey:";

  @Resource SessionContext ctx;
  @Inject InteractionRepository store;
  @Inject InteractionQueries reads;
  @Inject CustomerQueries customers;
  @Inject TouchpointQueries touchpoints;
  @Inject UserQueries users;
  @Inject ResponseDeadlines deadlines;
  @Inject TimeSource time;
  @Inject Event<ContactsLogged> logged;
  @Inject Event<CasesChanged> casesChanged;
  @Inject Event<ContactsChanged> contactsChanged;

  public Interaction get(InteractionId id) {
    return reads.find(id.value()).orElseThrow(() -> new NotFound("Interaction " + id));
  }

  /**
   * Logs one contact. With an external id that was logged before, returns that interaction ({@code
   * created == false}) when the content is the same, and refuses a different content as a conflict.
   */
  public Logged log(InteractionDraft draft) {
    BulkOutcome o = logAll(List.of(draft), true).get(0);
    return new Logged(get(new InteractionId(o.id())), o.status() == BulkOutcome.Status.CREATED);
  }

  /**
   * Logs up to {@value #BULK_MAX} contacts in one transaction, each checked and answered on its
   * own; a bad row is reported and nothing of it is written, the others are.
   */
  public List<BulkOutcome> logAll(List<InteractionDraft> drafts) {
    if (drafts.size() > BULK_MAX) {
      throw InvalidInput.of("items", "validation.tooMany", "At most {0} entries.", BULK_MAX);
    }
    return logAll(drafts, false);
  }

  private List<BulkOutcome> logAll(List<InteractionDraft> input, boolean single) {
    Actor actor = Callers.of(ctx);
    Instant now = time.now();
    List<InteractionDraft> drafts = new ArrayList<>();
    for (InteractionDraft d : input) {
      InteractionDraft n = InteractionRules.normalized(d);
      drafts.add(
          n.agent() == null && !actor.name().startsWith(API_KEY_PREFIX)
              ? n.withAgent(actor.name())
              : n);
    }
    References refs = references(drafts);
    // Standards and calendar read once per request, not once per row.
    ResponsePolicy policy = deadlines.policy();

    List<BulkOutcome> outcomes = new ArrayList<>();
    List<NewInteraction> fresh = new ArrayList<>();
    Map<String, Integer> externalInRequest = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      InteractionDraft d = drafts.get(i);
      try {
        if (d.externalId() != null && refs.byExternalId.containsKey(d.externalId())) {
          Interaction earlier = reads.find(refs.byExternalId.get(d.externalId())).orElseThrow();
          if (!earlier.matches(d)) {
            throw new Conflict(
                "An interaction with this external id was logged before with other content.");
          }
          outcomes.add(new BulkOutcome(i, BulkOutcome.Status.EXISTING, earlier.id(), null));
          continue;
        }
        CustomerChecks.mayRecordFor(actor, d.customerId(), refs.customers);
        List<FieldError> errors = new ArrayList<>(InteractionRules.check(d, now));
        errors.addAll(referenceErrors(d, refs));
        if (d.externalId() != null && externalInRequest.containsKey(d.externalId())) {
          errors.add(
              FieldError.of(
                  "externalId",
                  "interaction.validation.externalIdTwice",
                  "Another entry of this request has the same external id."));
        }
        if (!errors.isEmpty()) {
          throw new InvalidInput(errors);
        }
        if (d.externalId() != null) {
          externalInRequest.put(d.externalId(), i);
        }
        JourneyStage stage =
            d.touchpointId() == null ? null : refs.touchpoints.get(d.touchpointId()).stage();
        Instant dueAt =
            d.direction() == Direction.INBOUND && d.awaitsAnswer()
                ? policy.dueAt(d.channel(), d.occurredAt()).orElse(null)
                : null;
        fresh.add(new NewInteraction(i, d, stage, dueAt));
      } catch (InvalidInput | Conflict | Forbidden e) {
        outcomes.add(BulkRows.refuse(i, e, single, "interaction.validation.externalIdConflict"));
      }
    }
    List<Long> ids = store.insert(fresh, actor.name(), now);
    for (int k = 0; k < fresh.size(); k++) {
      outcomes.add(
          new BulkOutcome(fresh.get(k).index(), BulkOutcome.Status.CREATED, ids.get(k), null));
    }
    Set<Long> changed = new HashSet<>(settleAnswers(fresh, ids));
    if (!fresh.isEmpty()) {
      // The new contacts, and the stored ones a new reply answered (or answered earlier).
      changed.addAll(ids);
      contactsChanged.fire(
          new ContactsChanged(
              fresh.stream().map(n -> n.draft().customerId()).distinct().toList(),
              List.copyOf(changed)));
    }
    List<Long> intoCases =
        fresh.stream().map(n -> n.draft().caseId()).filter(Objects::nonNull).distinct().toList();
    if (!intoCases.isEmpty()) {
      // A contact logged into a case may be its first inbound one: the channel it came in on.
      casesChanged.fire(new CasesChanged(intoCases));
    }
    if (!fresh.isEmpty()) {
      List<ContactsLogged.Contact> contacts = new ArrayList<>();
      for (int k = 0; k < fresh.size(); k++) {
        InteractionDraft d = fresh.get(k).draft();
        contacts.add(
            new ContactsLogged.Contact(
                ids.get(k), d.customerId(), d.channel(), d.occurredAt(), d.emotion()));
      }
      logged.fire(new ContactsLogged(contacts));
    }
    outcomes.sort(Comparator.comparingInt(BulkOutcome::index));
    return outcomes;
  }

  /**
   * Applies the answer rule to the new contacts and those already stored that they can affect, per
   * customer, and answers the ids of the contacts whose answer it changed: stored inbound contacts
   * a new reply may answer (one query for the request), and the first stored reply after each new
   * inbound contact (one query per customer and case, and more only when new inbound contacts lie
   * on both sides of a stored answer).
   */
  private Set<Long> settleAnswers(List<NewInteraction> fresh, List<Long> ids) {
    Map<Long, List<AnswerRule.Contact>> byCustomer = new LinkedHashMap<>();
    Instant earliestReply = null;
    Instant latestReply = null;
    Set<Long> withReply = new HashSet<>();
    // customer -> case (empty for none) -> the new inbound contacts awaiting an answer
    Map<Long, Map<Optional<Long>, List<AnswerRule.Contact>>> newInbound = new HashMap<>();
    for (int k = 0; k < fresh.size(); k++) {
      InteractionDraft d = fresh.get(k).draft();
      AnswerRule.Contact c =
          new AnswerRule.Contact(
              ids.get(k),
              d.direction(),
              d.occurredAt(),
              d.awaitsAnswer(),
              null,
              d.caseId(),
              d.purpose(),
              d.replyTo());
      byCustomer.computeIfAbsent(d.customerId(), x -> new ArrayList<>()).add(c);
      if (d.purpose() == Purpose.REACTIVE) {
        withReply.add(d.customerId());
        earliestReply =
            earliestReply == null || d.occurredAt().isBefore(earliestReply)
                ? d.occurredAt()
                : earliestReply;
        latestReply =
            latestReply == null || d.occurredAt().isAfter(latestReply)
                ? d.occurredAt()
                : latestReply;
      } else if (d.direction() == Direction.INBOUND && d.awaitsAnswer()) {
        newInbound
            .computeIfAbsent(d.customerId(), x -> new HashMap<>())
            .computeIfAbsent(Optional.ofNullable(d.caseId()), x -> new ArrayList<>())
            .add(c);
      }
    }
    if (!withReply.isEmpty()) {
      store
          .inboundCandidates(withReply, earliestReply, latestReply)
          .forEach((customer, stored) -> byCustomer.get(customer).addAll(stored));
    }
    newInbound.forEach(
        (customer, byCase) ->
            byCase.forEach(
                (caseId, inbound) ->
                    byCustomer.get(customer).addAll(storedReplies(customer, caseId, inbound))));
    Map<Long, AnswerRule.Answer> answers = new LinkedHashMap<>();
    byCustomer.values().forEach(contacts -> answers.putAll(AnswerRule.changes(contacts)));
    store.answer(answers);
    return answers.keySet();
  }

  /**
   * The stored replies that may be the first answer of these new inbound contacts of one customer
   * and case: the first after the earliest of them, then the first after the earliest one that this
   * reply came too early for, and so on.
   */
  private List<AnswerRule.Contact> storedReplies(
      long customer, Optional<Long> caseId, List<AnswerRule.Contact> inbound) {
    List<Instant> times = inbound.stream().map(AnswerRule.Contact::occurredAt).sorted().toList();
    List<AnswerRule.Contact> replies = new ArrayList<>();
    Instant from = times.get(0);
    while (from != null) {
      Optional<AnswerRule.Contact> reply =
          store.firstReplyFrom(customer, caseId.orElse(null), from);
      if (reply.isEmpty()) {
        break;
      }
      replies.add(reply.get());
      Instant answeredAt = reply.get().occurredAt();
      from = times.stream().filter(t -> t.isAfter(answeredAt)).findFirst().orElse(null);
    }
    return replies;
  }

  /**
   * An interaction belongs to its customer's owner: an agent logs contacts only for customers it
   * owns or that have no owner. Who handled the contact ({@code agent}) is a fact about the
   * contact, not an owner, so it is not restricted here.
   */
  /** Everything the rows refer to, looked up once for the whole request. */
  private record References(
      Map<Long, CustomerFacts> customers,
      Map<Long, EmotionMapTouchpoint> touchpoints,
      Map<Long, Long> caseCustomers,
      Map<Long, ReplyTarget> replyTargets,
      Set<String> users,
      Map<String, Long> byExternalId) {}

  private References references(List<InteractionDraft> drafts) {
    return new References(
        customers.facts(drafts.stream().map(InteractionDraft::customerId).toList()),
        touchpoints.find(drafts.stream().map(InteractionDraft::touchpointId).toList()),
        store.caseCustomers(drafts.stream().map(InteractionDraft::caseId).toList()),
        store.replyTargets(drafts.stream().map(InteractionDraft::replyTo).toList()),
        users.existing(drafts.stream().map(InteractionDraft::agent).toList()),
        store.byExternalId(drafts.stream().map(InteractionDraft::externalId).toList()));
  }

  private static List<FieldError> referenceErrors(InteractionDraft d, References refs) {
    List<FieldError> errors = new ArrayList<>();
    CustomerChecks.known(errors, "customerId", d.customerId(), refs.customers);
    TouchpointChecks.active(
        errors, d.touchpointId(), refs.touchpoints, "interaction.validation.unknownTouchpoint");
    if (d.caseId() != null) {
      Long owner = refs.caseCustomers.get(d.caseId());
      if (owner == null || !owner.equals(d.customerId())) {
        errors.add(
            FieldError.of(
                "caseId",
                "interaction.validation.unknownCase",
                "There is no case with this id for this customer."));
      }
    }
    if (d.agent() != null && !refs.users.contains(d.agent())) {
      errors.add(
          FieldError.of("agent", "validation.unknownUser", "There is no user with this name."));
    }
    if (d.replyTo() != null && d.direction() == Direction.OUTBOUND) {
      ReplyTarget t = refs.replyTargets.get(d.replyTo());
      if (t == null || d.customerId() == null || t.customerId() != d.customerId()) {
        errors.add(
            FieldError.of(
                "replyTo",
                "interaction.validation.unknownReplyTo",
                "There is no interaction with this id for this customer."));
      } else if (t.direction() != Direction.INBOUND) {
        errors.add(
            FieldError.of(
                "replyTo",
                "interaction.validation.replyToInbound",
                "Must name an inbound interaction."));
      } else if (d.occurredAt() != null && d.occurredAt().isBefore(t.occurredAt())) {
        errors.add(
            FieldError.of(
                "replyTo",
                "interaction.validation.replyBefore",
                "An answer cannot occur before the contact it answers."));
      }
    }
    return errors;
  }

  /**
   * A page of the customer's timeline, newest first: interactions (of one channel, if given), stage
   * changes, cases opened and resolved.
   */
  public Page<TimelineEntry> timeline(
      CustomerId customerId, Channel channel, String cursor, int limit) {
    CustomerFacts c = customers.facts(List.of(customerId.value())).get(customerId.value());
    if (c == null || c.archived()) {
      throw new NotFound("Customer " + customerId);
    }
    int n = pageSize(limit);
    TimelineCursor after =
        cursor == null || cursor.isBlank() ? null : TimelineCursor.decode(cursor);
    return Page.of(
        reads.timeline(customerId.value(), channel, after, n),
        n,
        last -> new TimelineCursor(last.at(), last.kind(), last.id()).encode());
  }

  /** The open contacts awaiting an answer, earliest deadline first. */
  public Page<DueItem> due(DueScope scope, String cursor, int limit) {
    Actor actor = Callers.of(ctx);
    int n = pageSize(limit);
    DueCursor after = cursor == null || cursor.isBlank() ? null : DueCursor.decode(cursor);
    List<Long> ids = reads.due(scope, actor.name(), after, n);
    List<Interaction> rows = reads.load(ids);
    Map<Long, CustomerFacts> facts =
        customers.facts(rows.stream().map(Interaction::customerId).toList());
    List<DueItem> items = new ArrayList<>();
    for (Interaction i : rows.subList(0, Math.min(n, rows.size()))) {
      CustomerFacts c = facts.get(i.customerId());
      items.add(
          new DueItem(
              i,
              c == null ? "" : c.name(),
              i.agent() != null ? i.agent() : c == null ? null : c.owner()));
    }
    String next = null;
    if (rows.size() > n) {
      Interaction last = rows.get(n - 1);
      next = new DueCursor(last.dueAt(), last.id()).encode();
    }
    return new Page<>(items, next);
  }

  /** The most open contacts {@link #openInbound} lists. */
  public static final int OPEN_INBOUND_MAX = 100;

  /**
   * The customer's inbound contacts still awaiting an answer, oldest first (at most {@value
   * #OPEN_INBOUND_MAX}): what an answer being logged may name.
   */
  public List<Interaction> openInbound(CustomerId id) {
    customer(id);
    return reads.openInbound(id.value(), OPEN_INBOUND_MAX);
  }

  /** The customer facts the quick log form needs (name, owner, preferred channel). */
  public CustomerFacts customer(CustomerId id) {
    CustomerFacts c = customers.facts(List.of(id.value())).get(id.value());
    if (c == null || c.archived()) {
      throw new NotFound("Customer " + id);
    }
    return c;
  }

  /** The touchpoint catalogue, active or not, by stage, Japanese name and id. */
  public List<TouchpointChoice> touchpoints() {
    return touchpoints.all().values().stream()
        .map(
            t ->
                new TouchpointChoice(
                    t.id(), t.nameJa(), t.nameEn(), t.stage(), t.channel(), t.active()))
        .sorted(
            Comparator.comparing((TouchpointChoice t) -> t.stage().name())
                .thenComparing(TouchpointChoice::nameJa)
                .thenComparingLong(TouchpointChoice::id))
        .toList();
  }

  private static int pageSize(int limit) {
    if (limit == 0) {
      return PAGE_DEFAULT;
    }
    if (limit < 1 || limit > PAGE_MAX) {
      throw InvalidInput.of("limit", "validation.limit", "Must be from 1 to {0}.", PAGE_MAX);
    }
    return limit;
  }
}
