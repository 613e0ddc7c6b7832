package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerCursor;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.CustomerRules;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.FieldChange;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.idempotency.IdempotencyRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The customer use cases: find, create, change, archive, and the bulk upsert that other systems
 * use. The web page and the REST resource both call these methods; the caller comes from the
 * container. Who may change a customer and name its owner is {@link Ownership}'s rule.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class CustomerService {
  public static final int BULK_MAX = 1000;
  private static final int HISTORY_MAX = 200;
  public static final int SUGGESTIONS_MAX = 50;

  @Resource SessionContext ctx;
  @Inject CustomerRepository customers;
  @Inject IdempotencyRepository idempotency;
  @Inject UserQueries users;
  @Inject TimeSource time;
  @Inject Event<CustomersChanged> changed;

  public Customer get(CustomerId id) {
    return customers
        .find(id.value())
        .filter(c -> !c.isArchived())
        .orElseThrow(() -> new NotFound("Customer " + id));
  }

  public Optional<Customer> findByExternalId(String system, String externalId) {
    return customers.findByExternalId(system, externalId).filter(c -> !c.isArchived());
  }

  public Page<Customer> search(CustomerSearch search, String cursor) {
    CustomerCursor after =
        cursor == null || cursor.isBlank() ? null : CustomerCursor.decode(cursor, search.sort());
    return Page.of(
        customers.search(search, after),
        search.limit(),
        last -> CustomerCursor.after(search.sort(), last).encode());
  }

  public Customer create(CustomerDraft draft) {
    Actor actor = Callers.of(ctx);
    CustomerDraft d = ownedFor(actor, draft.sinceOr(time.today()), null);
    check(d, null);
    Instant now = time.now();
    Customer c = Customer.create(d, actor.name(), now);
    customers.add(c);
    customers.flush();
    customers.record(
        new AuditEntry(
            c.id(), AuditEntry.Action.CREATED, actor.name(), now, Customer.createdFields(c)));
    changed.fire(new CustomersChanged(List.of(c.id())));
    return c;
  }

  /**
   * Creates once per key: a replay with the same key and body returns the customer the first
   * request created (with {@code created == false}), a different body under the same key is a
   * conflict.
   */
  public Upserted create(CustomerDraft draft, String idempotencyKey, String requestHash) {
    Actor actor = Callers.of(ctx);
    Optional<Long> earlier = idempotency.replay(actor.name(), idempotencyKey, requestHash);
    if (earlier.isPresent()) {
      return new Upserted(
          customers.find(earlier.get()).orElseThrow(() -> new NotFound("Customer")), false);
    }
    Customer c = create(draft);
    idempotency.remember(actor.name(), idempotencyKey, requestHash, c.id(), time.now());
    return new Upserted(c, true);
  }

  /** Replaces the customer's data; {@code expectedVersion} is the version the caller read. */
  public Customer update(CustomerId id, int expectedVersion, CustomerDraft draft) {
    Actor actor = Callers.of(ctx);
    Customer c = get(id);
    if (c.version() != expectedVersion) {
      throw new StaleVersion();
    }
    Ownership.requireMayChange(actor, c.owner(), "customer");
    CustomerDraft d = ownedFor(actor, draft.sinceOr(c.customerSince()), c);
    check(d, c.id());
    change(actor, c, d);
    return c;
  }

  /**
   * Creates or updates the customer that another system knows under {@code system}/{@code
   * externalId}.
   */
  public Upserted upsertByExternalId(
      String system, String externalId, CustomerDraft draft, Integer expectedVersion) {
    Actor actor = Callers.of(ctx);
    ExternalId key = new ExternalId(system, externalId);
    List<ExternalId> ids = new ArrayList<>(draft.externalIds());
    if (!ids.contains(key)) {
      ids.removeIf(x -> Objects.equals(x.system(), key.system()));
      ids.add(0, key);
    }
    CustomerDraft withKey = draft.withExternalIds(ids);
    Optional<Customer> existing = customers.findByExternalId(system, externalId);
    if (existing.isEmpty()) {
      if (expectedVersion != null) {
        throw new NotFound("Customer " + key);
      }
      return new Upserted(create(withKey), true);
    }
    Customer c = existing.get();
    if (c.isArchived()) {
      throw new Conflict("The customer with this external id is archived.");
    }
    if (expectedVersion != null && c.version() != expectedVersion) {
      throw new StaleVersion();
    }
    Ownership.requireMayChange(actor, c.owner(), "customer");
    CustomerDraft d = ownedFor(actor, withKey.sinceOr(c.customerSince()), c);
    check(d, c.id());
    change(actor, c, d);
    return new Upserted(c, false);
  }

  /** Takes the customer out of lists and searches; its history stays. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public void archive(CustomerId id, Integer expectedVersion) {
    Actor actor = Callers.of(ctx);
    Customer c = get(id);
    if (expectedVersion != null && c.version() != expectedVersion) {
      throw new StaleVersion();
    }
    Instant now = time.now();
    c.archive(actor.name(), now);
    customers.record(
        new AuditEntry(c.id(), AuditEntry.Action.ARCHIVED, actor.name(), now, List.of()));
    flush();
    changed.fire(new CustomersChanged(List.of(c.id())));
  }

  /**
   * The enabled users a customer can be assigned to, by display name: the owner choices of forms
   * and filters.
   */
  public List<OwnerChoice> owners() {
    return users.enabled().stream()
        .map(a -> new OwnerChoice(a.username(), a.displayName()))
        .toList();
  }

  /**
   * Segment labels already in use that start with {@code prefix} (case-sensitive), for suggestions
   * in filters and forms; at most {@code max}, between 1 and {@value #SUGGESTIONS_MAX}.
   */
  public List<String> segmentLabels(String prefix, int max) {
    String p = prefix == null ? "" : prefix.strip();
    if (p.length() > CustomerRules.LABEL_MAX) {
      return List.of();
    }
    return customers.segmentLabels(p, Math.max(1, Math.min(max, SUGGESTIONS_MAX)));
  }

  /**
   * Records a stage move (made by the journey feature, which keeps its own stage history for the
   * funnel) in the customer's audit trail too, so that the trail tells every change of the
   * customer.
   */
  public void recordStageMove(
      Customer c, String actor, Instant at, JourneyStage from, JourneyStage to) {
    customers.record(
        new AuditEntry(
            c.id(),
            AuditEntry.Action.UPDATED,
            actor,
            at,
            List.of(new FieldChange("stage", from.name(), to.name()))));
  }

  public List<AuditEntry> history(CustomerId id) {
    get(id);
    return customers.history(id.value(), HISTORY_MAX);
  }

  /**
   * Up to {@value #BULK_MAX} upserts in one transaction: a row is matched by its first external id
   * (a row without one is created), checked on its own, and reported on its own; a bad row does not
   * stop the others. New customers go to the database as JDBC batches, one statement kind at a time
   * ({@link CustomerBatchInsert}); changed ones at one flush.
   */
  public List<BulkResult> bulkUpsert(List<BulkRow> rows) {
    if (rows.size() > BULK_MAX) {
      throw InvalidInput.of("items", "validation.tooMany", "At most {0} entries.", BULK_MAX);
    }
    Actor actor = Callers.of(ctx);
    Instant now = time.now();
    Set<ExternalId> all = new HashSet<>();
    rows.forEach(r -> all.addAll(r.draft().externalIds()));
    Map<ExternalId, Long> owners = customers.ownersOf(all);
    Map<Long, Customer> existing = new HashMap<>();
    customers
        .load(owners.values().stream().distinct().toList())
        .forEach(c -> existing.put(c.id(), c));
    Set<String> ownersKnown = knownUsers(rows);

    Map<ExternalId, Integer> claimedInRequest = new HashMap<>();
    List<BulkResult> results = new ArrayList<>();
    List<Object[]> created = new ArrayList<>();
    List<AuditEntry> audits = new ArrayList<>();
    for (BulkRow row : rows) {
      try {
        Customer target =
            row.draft().externalIds().isEmpty()
                ? null
                : existing.get(owners.get(row.draft().externalIds().get(0)));
        if (target != null && target.isArchived()) {
          throw new Conflict("The customer with this external id is archived.");
        }
        if (target != null) {
          Ownership.requireMayChange(actor, target.owner(), "customer");
        }
        CustomerDraft d =
            ownedFor(
                actor,
                row.draft().sinceOr(target == null ? time.today() : target.customerSince()),
                target);
        CustomerRules.check(d, time.today());
        List<FieldError> errors = new ArrayList<>();
        if (d.owner() != null && !ownersKnown.contains(d.owner())) {
          errors.add(unknownOwner());
        }
        for (int i = 0; i < d.externalIds().size(); i++) {
          ExternalId x = d.externalIds().get(i);
          Long holder = owners.get(x);
          Integer claimedBy = claimedInRequest.get(x);
          boolean takenByOther = holder != null && (target == null || !holder.equals(target.id()));
          if (takenByOther || (claimedBy != null && claimedBy != row.index())) {
            errors.add(externalIdTaken(i));
          }
        }
        if (!errors.isEmpty()) {
          throw new InvalidInput(errors);
        }
        d.externalIds().forEach(x -> claimedInRequest.put(x, row.index()));
        if (target == null) {
          created.add(new Object[] {row.index(), Customer.create(d, actor.name(), now)});
        } else {
          List<FieldChange> changes = target.update(d, now);
          if (changes.isEmpty()) {
            results.add(
                new BulkResult(
                    row.index(), BulkResult.Status.UNCHANGED, target.id(), target.version(), null));
          } else {
            audits.add(
                new AuditEntry(target.id(), AuditEntry.Action.UPDATED, actor.name(), now, changes));
            results.add(
                new BulkResult(row.index(), BulkResult.Status.UPDATED, target.id(), null, null));
          }
        }
      } catch (InvalidInput e) {
        results.add(BulkResult.rejected(row.index(), e.errors()));
      } catch (Forbidden | Conflict e) {
        results.add(
            BulkResult.rejected(
                row.index(), List.of(FieldError.of("", e.problemType(), e.getMessage()))));
      }
    }
    flush();
    List<Long> createdIds =
        customers.addAll(created.stream().map(c -> (Customer) c[1]).toList(), actor.name(), now);
    for (int i = 0; i < created.size(); i++) {
      results.add(
          new BulkResult(
              (Integer) created.get(i)[0], BulkResult.Status.CREATED, createdIds.get(i), 1, null));
    }
    audits.forEach(customers::record);
    flush();
    List<Long> touched = new ArrayList<>(createdIds);
    audits.forEach(a -> touched.add(a.customerId()));
    changed.fire(new CustomersChanged(touched));
    List<BulkResult> answer = new ArrayList<>();
    for (BulkResult r : results) {
      Customer c = r.id() == null ? null : existing.get(r.id());
      answer.add(
          r.status() == BulkResult.Status.UPDATED && c != null
              ? new BulkResult(r.index(), r.status(), r.id(), c.version(), null)
              : r);
    }
    answer.sort(java.util.Comparator.comparingInt(BulkResult::index));
    return answer;
  }

  private void change(Actor actor, Customer c, CustomerDraft d) {
    Instant now = time.now();
    List<FieldChange> changes = c.update(d, now);
    if (!changes.isEmpty()) {
      flush();
      customers.record(
          new AuditEntry(c.id(), AuditEntry.Action.UPDATED, actor.name(), now, changes));
      changed.fire(new CustomersChanged(List.of(c.id())));
    }
  }

  private void flush() {
    try {
      customers.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    }
  }

  private void check(CustomerDraft d, Long self) {
    List<FieldError> errors = new ArrayList<>();
    try {
      CustomerRules.check(d, time.today());
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
    if (d.owner() != null && !users.exists(d.owner())) {
      errors.add(unknownOwner());
    }
    for (int i = 0; i < d.externalIds().size(); i++) {
      ExternalId x = d.externalIds().get(i);
      if (x.system() == null || x.id() == null) {
        continue;
      }
      Optional<Customer> holder = customers.findByExternalId(x.system(), x.id());
      if (holder.isPresent() && !holder.get().id().equals(self)) {
        errors.add(externalIdTaken(i));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private Set<String> knownUsers(List<BulkRow> rows) {
    Set<String> names = new HashSet<>();
    rows.forEach(
        r -> {
          if (r.draft().owner() != null) {
            names.add(r.draft().owner());
          }
        });
    if (names.isEmpty()) {
      return names;
    }
    return users.existing(names);
  }

  private static FieldError unknownOwner() {
    return FieldError.of("owner", "validation.unknownUser", "There is no user with this name.");
  }

  /** The same refusal for a bulk row and a single save, so both name the field alike. */
  private static FieldError externalIdTaken(int index) {
    return FieldError.of(
        "externalIds[" + index + "].id",
        "validation.externalIdTaken",
        "Another customer already has this external id.");
  }

  /**
   * Agents cannot choose the owner: a new customer they create that needs an owner gets them; an
   * existing one keeps its owner. Sending a different owner is refused rather than silently
   * ignored.
   */
  private static CustomerDraft ownedFor(Actor actor, CustomerDraft d, Customer existing) {
    if (!Ownership.limitedToOwn(actor)) {
      return d;
    }
    String current = existing == null ? null : existing.owner();
    if (!Ownership.mayName(actor, d.owner(), current)) {
      throw InvalidInput.of(
          "owner", "validation.ownerNotAllowed", "Your role may not choose the owner.");
    }
    if (existing == null) {
      boolean needsOwner = d.relationshipType() != null && d.relationshipType().requiresOwner();
      return d.withOwner(d.owner() != null || needsOwner ? actor.name() : null);
    }
    return d.withOwner(d.owner() == null ? current : d.owner());
  }
}
