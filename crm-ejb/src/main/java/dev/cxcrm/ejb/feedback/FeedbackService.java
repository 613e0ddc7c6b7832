package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackCursor;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackId;
import dev.cxcrm.domain.feedback.FeedbackRules;
import dev.cxcrm.domain.feedback.LatestScores;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.customer.CustomerChecks;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.ejb.journey.TouchpointChecks;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.BulkCreate;
import dev.cxcrm.ejb.shared.BulkOutcome;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Feedback from every source: recorded one at a time or up to {@value #BULK_MAX} at once (each row
 * answered on its own, idempotent by external id), read by id and per customer, and a customer's
 * latest scores. Staff read all feedback; recording it follows the ownership policy: an agent
 * records for their own and unowned customers, managers and administrators for all.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class FeedbackService {
  public static final int BULK_MAX = 1000;
  public static final int PAGE_MAX = 200;
  public static final int PAGE_DEFAULT = 50;
  private static final BulkCreate<FeedbackDraft> CREATE =
      new BulkCreate<>("feedback", FeedbackDraft::externalId);

  @Resource SessionContext ctx;
  @Inject FeedbackRepository store;
  @Inject FollowUpOpener followUps;
  @Inject CustomerQueries customers;
  @Inject TouchpointQueries touchpoints;
  @Inject UserQueries users;
  @Inject TimeSource time;

  public Feedback get(FeedbackId id) {
    return store.find(List.of(id.value())).stream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Feedback " + id));
  }

  /**
   * Records one piece of feedback. Under an external id recorded before: the earlier feedback
   * ({@code created == false}) when the content is the same, a conflict when it differs.
   */
  public CreateResult<Feedback> record(FeedbackDraft draft) {
    BulkOutcome o = recordAll(List.of(draft), true).get(0);
    return new CreateResult<>(
        get(new FeedbackId(o.id())), o.status() == BulkOutcome.Status.CREATED);
  }

  /** Records up to {@value #BULK_MAX} pieces in one transaction, each answered on its own. */
  public List<BulkOutcome> recordAll(List<FeedbackDraft> drafts) {
    if (drafts.size() > BULK_MAX) {
      throw InvalidInput.of("items", "validation.tooMany", "At most {0} entries.", BULK_MAX);
    }
    return recordAll(drafts, false);
  }

  private List<BulkOutcome> recordAll(List<FeedbackDraft> input, boolean single) {
    Actor actor = Callers.of(ctx);
    Instant now = time.now();
    List<FeedbackDraft> drafts = input.stream().map(FeedbackRules::normalized).toList();
    References refs = references(drafts);
    Map<String, BulkCreate.Stored<FeedbackDraft>> earlier = new HashMap<>();
    for (Feedback f : store.find(refs.byExternalId.values())) {
      earlier.put(f.content().externalId(), new BulkCreate.Stored<>(f.id(), f::matches));
    }
    return CREATE.create(
        drafts,
        single,
        earlier,
        d -> {
          CustomerChecks.mayRecordFor(actor, d.customerId(), refs.customers);
          List<FieldError> errors = new ArrayList<>(FeedbackRules.check(d, now));
          errors.addAll(referenceErrors(d, refs));
          return errors;
        },
        fresh -> {
          List<FeedbackDraft> rows = fresh.stream().map(d -> withStage(d, refs)).toList();
          List<Long> ids = store.insert(rows, actor.name(), now);
          followUps.openFor(rows, ids, refs.customers);
          return ids;
        });
  }

  /** The stage the feedback is about: as given, or else its touchpoint's. */
  private static FeedbackDraft withStage(FeedbackDraft d, References refs) {
    if (d.stage() != null || d.touchpointId() == null) {
      return d;
    }
    return d.withStage(refs.touchpoints.get(d.touchpointId()).stage());
  }

  /** Everything the rows refer to, looked up once for the whole request. */
  private record References(
      Map<Long, CustomerFacts> customers,
      Map<Long, EmotionMapTouchpoint> touchpoints,
      Map<Long, Long> interactionCustomers,
      Map<Long, Long> caseCustomers,
      Set<String> users,
      Map<String, Long> byExternalId) {}

  private References references(List<FeedbackDraft> drafts) {
    return new References(
        customers.facts(drafts.stream().map(FeedbackDraft::customerId).toList()),
        touchpoints.find(drafts.stream().map(FeedbackDraft::touchpointId).toList()),
        store.interactionCustomers(drafts.stream().map(FeedbackDraft::interactionId).toList()),
        store.caseCustomers(drafts.stream().map(FeedbackDraft::caseId).toList()),
        users.existing(drafts.stream().map(FeedbackDraft::agent).toList()),
        store.byExternalId(drafts.stream().map(FeedbackDraft::externalId).toList()));
  }

  private static List<FieldError> referenceErrors(FeedbackDraft d, References refs) {
    List<FieldError> errors = new ArrayList<>();
    CustomerChecks.known(errors, "customerId", d.customerId(), refs.customers);
    TouchpointChecks.active(
        errors, d.touchpointId(), refs.touchpoints, "feedback.validation.unknownTouchpoint");
    belongs(errors, "interactionId", d.interactionId(), refs.interactionCustomers, d);
    belongs(errors, "caseId", d.caseId(), refs.caseCustomers, d);
    if (d.agent() != null && !refs.users.contains(d.agent())) {
      errors.add(
          FieldError.of("agent", "validation.unknownUser", "There is no user with this name."));
    }
    return errors;
  }

  /** The interaction or case named exists and is the same customer's. */
  private static void belongs(
      List<FieldError> errors, String field, Long id, Map<Long, Long> owners, FeedbackDraft d) {
    if (id == null) {
      return;
    }
    Long owner = owners.get(id);
    if (owner == null || !owner.equals(d.customerId())) {
      errors.add(
          FieldError.of(
              field,
              "feedback.validation.notTheCustomers",
              "There is no such record of this customer."));
    }
  }

  /** A page of the customer's feedback, newest first. */
  public Page<Feedback> forCustomer(CustomerId customerId, String cursor, int limit) {
    activeCustomer(customerId);
    int n = limit <= 0 ? PAGE_DEFAULT : Math.min(limit, PAGE_MAX);
    FeedbackCursor after =
        cursor == null || cursor.isBlank() ? null : FeedbackCursor.decode(cursor);
    List<Long> ids =
        store.forCustomer(
            customerId.value(),
            after == null ? null : after.receivedAt(),
            after == null ? null : after.id(),
            n);
    return Page.of(
        store.find(ids),
        n,
        last -> new FeedbackCursor(last.content().receivedAt(), last.id()).encode());
  }

  /** The customer's latest NPS, CSAT and CES answers, each null when never given. */
  public LatestScores latest(CustomerId customerId) {
    activeCustomer(customerId);
    Map<String, Long> latest = store.latestWith(customerId.value());
    Map<Long, Feedback> rows = byId(store.find(latest.values()), Feedback::id);
    Feedback nps = rows.get(latest.get("nps"));
    Feedback csat = rows.get(latest.get("csat"));
    Feedback ces = rows.get(latest.get("ces"));
    return new LatestScores(
        nps == null ? null : nps.content().scores().nps(),
        nps == null ? null : nps.content().receivedAt(),
        csat == null ? null : csat.content().scores().csat(),
        csat == null ? null : csat.content().scores().csatScale(),
        csat == null ? null : csat.content().receivedAt(),
        ces == null ? null : ces.content().scores().ces(),
        ces == null ? null : ces.content().scores().cesScale(),
        ces == null ? null : ces.content().receivedAt());
  }

  private void activeCustomer(CustomerId id) {
    if (!customers.isActive(id)) {
      throw new NotFound("Customer " + id);
    }
  }

  private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
    Map<Long, T> out = new HashMap<>();
    rows.forEach(r -> out.put(id.apply(r), r));
    return out;
  }
}
