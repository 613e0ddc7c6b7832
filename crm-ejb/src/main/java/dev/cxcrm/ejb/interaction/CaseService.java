package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The case use cases: list and read (all staff), open, change, attach and detach interactions,
 * resolve, reopen. The resolution and FCR figures are {@link CaseReports}. Who may work a case and
 * name its owner is {@link Ownership}'s rule. The web page and the REST resource both call these
 * methods.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class CaseService {
  /** How many of a customer's unassigned interactions a new-case form offers. */
  public static final int OFFERED_INTERACTIONS = 50;

  public static final int INTERACTIONS_MAX = 100;

  @Resource SessionContext ctx;
  @Inject CaseRepository cases;
  @Inject InteractionRepository interactions;
  @Inject CustomerQueries customers;
  @Inject UserQueries users;
  @Inject TimeSource time;
  @Inject Event<CaseResolved> resolved;
  @Inject Event<CasesChanged> changed;

  public CaseFile get(CaseId id) {
    return cases.files(List.of(find(id))).get(0);
  }

  /** One page, newest first; {@code cursor} is the {@code next} of the page before. */
  public Page<CaseFile> list(CaseFilter filter, String cursor) {
    CaseCursor after = cursor == null || cursor.isBlank() ? null : CaseCursor.decode(cursor);
    return Page.of(cases.page(filter, after), filter.limit(), c -> CaseCursor.after(c).encode())
        .withItems(cases::files);
  }

  public CaseFile open(NewCase n) {
    Actor actor = Callers.of(ctx);
    List<FieldError> errors = new ArrayList<>();
    if (n.customerId() == null) {
      errors.add(FieldError.of("customerId", "validation.required", "This field is required."));
    } else if (n.customerId() <= 0 || !customers.isActive(new CustomerId(n.customerId()))) {
      errors.add(
          FieldError.of("customerId", "validation.unknownCustomer", "There is no such customer."));
    }
    ownerErrors(actor, n.owner(), null, errors);
    List<Long> ids = distinct(n.interactionIds(), errors);
    ServiceCase c = null;
    try {
      c =
          ServiceCase.open(
              n.customerId() == null ? 0 : n.customerId(),
              n.type(),
              n.priority(),
              n.subject(),
              n.owner(),
              actor.name(),
              now());
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
    if (errors.isEmpty() && !ids.isEmpty()) {
      errors.addAll(interactionErrors(n.customerId(), null, ids));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    cases.add(c);
    cases.flush();
    if (!ids.isEmpty()) {
      cases.attach(c.id(), c.customerId(), ids);
      interactions.resettle(c.customerId());
    }
    changed.fire(new CasesChanged(List.of(c.id())));
    return get(new CaseId(c.id()));
  }

  /** Changes priority, owner, OPEN/IN_PROGRESS and subject of the case read in {@code version}. */
  public CaseFile change(CaseId id, int version, CaseChanges changes) {
    Actor actor = Callers.of(ctx);
    ServiceCase c = find(id);
    expect(c, version);
    Ownership.requireMayChange(actor, c.owner(), "case");
    List<FieldError> errors = new ArrayList<>();
    if (changes.ownerGiven()) {
      ownerErrors(actor, changes.owner(), c.owner(), errors);
    }
    collect(
        errors,
        () -> {
          if (changes.priority() != null) {
            c.changePriority(changes.priority());
          }
        });
    collect(
        errors,
        () -> {
          if (changes.subject() != null) {
            c.changeSubject(changes.subject());
          }
        });
    collect(
        errors,
        () -> {
          if (changes.status() != null) {
            c.changeStatus(changes.status());
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (changes.ownerGiven()) {
      c.assign(changes.owner());
    }
    flush();
    changed.fire(new CasesChanged(List.of(id.value())));
    return get(id);
  }

  /** Puts more of the customer's interactions into the case. */
  public CaseFile attach(CaseId id, Integer version, List<Long> interactionIds) {
    Actor actor = Callers.of(ctx);
    ServiceCase c = find(id);
    expect(c, version);
    Ownership.requireMayChange(actor, c.owner(), "case");
    notResolved(c);
    List<FieldError> errors = new ArrayList<>();
    List<Long> ids = distinct(interactionIds, errors);
    if (ids.isEmpty() && errors.isEmpty()) {
      errors.add(
          FieldError.of(
              "interactionIds",
              "case.validation.noInteractions",
              "Name at least one interaction."));
    }
    if (errors.isEmpty()) {
      errors.addAll(interactionErrors(c.customerId(), c.id(), ids));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    cases.attach(c.id(), c.customerId(), ids);
    interactions.resettle(c.customerId());
    cases.touch(c);
    flush();
    changed.fire(new CasesChanged(List.of(id.value())));
    return get(id);
  }

  /** Takes an interaction out of the case again (attached by mistake). */
  public CaseFile detach(CaseId id, Integer version, InteractionId interactionId) {
    Actor actor = Callers.of(ctx);
    ServiceCase c = find(id);
    expect(c, version);
    Ownership.requireMayChange(actor, c.owner(), "case");
    notResolved(c);
    if (cases.detach(c.id(), List.of(interactionId.value())) == 0) {
      throw new NotFound("Interaction " + interactionId + " in case " + id);
    }
    interactions.resettle(c.customerId());
    cases.touch(c);
    flush();
    changed.fire(new CasesChanged(List.of(id.value())));
    return get(id);
  }

  /**
   * Resolves the case with a root cause of the catalogue and a resolution text; first-contact
   * resolution is decided from the inbound interactions the case holds now.
   */
  public CaseFile resolve(CaseId id, Integer version, Long rootCauseId, String resolution) {
    Actor actor = Callers.of(ctx);
    ServiceCase c = find(id);
    expect(c, version);
    Ownership.requireMayChange(actor, c.owner(), "case");
    RootCause cause = rootCauseId == null ? null : cases.rootCause(rootCauseId).orElse(null);
    try {
      c.resolve(cause, resolution, cases.contacts(c.id()), actor.name(), now());
    } catch (InvalidInput e) {
      if (rootCauseId == null || cause != null) {
        throw e;
      }
      // The domain only saw "no root cause"; the client named one that does not exist.
      List<FieldError> errors = new ArrayList<>();
      errors.add(
          FieldError.of(
              "rootCauseId", "case.validation.unknownRootCause", "There is no such root cause."));
      e.errors().stream().filter(f -> !f.field().equals("rootCauseId")).forEach(errors::add);
      throw new InvalidInput(errors);
    }
    flush();
    changed.fire(new CasesChanged(List.of(c.id())));
    resolved.fire(new CaseResolved(c.id(), c.customerId()));
    return get(id);
  }

  public CaseFile reopen(CaseId id, Integer version) {
    Actor actor = Callers.of(ctx);
    ServiceCase c = find(id);
    expect(c, version);
    Ownership.requireMayChange(actor, c.owner(), "case");
    c.reopen();
    flush();
    changed.fire(new CasesChanged(List.of(id.value())));
    return get(id);
  }

  /** The case's interactions, oldest first, for its page. */
  public List<CaseInteraction> interactions(CaseId id) {
    find(id);
    return cases.interactionsIn(id.value());
  }

  /** The customer's latest interactions in no case yet: what a new case can start with. */
  public List<CaseInteraction> unassignedInteractions(CustomerId customerId) {
    return cases.unassignedInteractions(customerId.value(), OFFERED_INTERACTIONS);
  }

  /** The names of these customers, for lists of cases. */
  public Map<Long, String> customerNames(java.util.Collection<Long> customerIds) {
    return customers.names(customerIds);
  }

  /** Whether the caller may change this case (the pages show or hide their buttons by it). */
  public boolean mayWork(ServiceCase c) {
    return Ownership.mayChange(Callers.of(ctx), c.owner());
  }

  /** Microseconds, as the database keeps them, so that a case reads back as it was written. */
  private Instant now() {
    return time.now().truncatedTo(ChronoUnit.MICROS);
  }

  private ServiceCase find(CaseId id) {
    return cases.find(id.value()).orElseThrow(() -> new NotFound("Case " + id));
  }

  private static void expect(ServiceCase c, Integer version) {
    if (version != null && c.version() != version) {
      throw new StaleVersion();
    }
  }

  private static void notResolved(ServiceCase c) {
    if (!c.status().isWorkable()) {
      throw new Conflict("The case is resolved; reopen it first.");
    }
  }

  /** An owner must be a user the actor may name ({@link Ownership#mayName}). */
  private void ownerErrors(Actor actor, String owner, String current, List<FieldError> errors) {
    if (owner == null) {
      return;
    }
    if (!Ownership.mayName(actor, owner, current)) {
      errors.add(
          FieldError.of(
              "owner",
              "case.validation.ownerNotAllowed",
              "Your role may only take the case yourself or leave it unassigned."));
    } else if (!users.exists(owner)) {
      errors.add(
          FieldError.of("owner", "validation.unknownUser", "There is no user with this name."));
    }
  }

  private static List<Long> distinct(List<Long> ids, List<FieldError> errors) {
    if (ids == null) {
      return List.of();
    }
    if (ids.size() > INTERACTIONS_MAX) {
      errors.add(
          FieldError.of(
              "interactionIds", "validation.tooMany", "At most {0} entries.", INTERACTIONS_MAX));
      return List.of();
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null) {
        errors.add(
            FieldError.of(
                "interactionIds[" + i + "]", "validation.required", "This field is required."));
      }
    }
    return errors.isEmpty() ? List.copyOf(new LinkedHashSet<>(ids)) : List.of();
  }

  /**
   * Each interaction must be the customer's and in no other case. Reported by its position in the
   * request, so that a client sees which one.
   */
  private List<FieldError> interactionErrors(long customerId, Long caseId, List<Long> ids) {
    Map<Long, Long> found = cases.interactionsOf(customerId, ids);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (!found.containsKey(id)) {
        errors.add(
            FieldError.of(
                "interactionIds[" + i + "]",
                "case.validation.notCustomersInteraction",
                "Interaction {0} is not one of this customer''s.",
                String.valueOf(id)));
      } else if (found.get(id) != null && !found.get(id).equals(caseId)) {
        errors.add(
            FieldError.of(
                "interactionIds[" + i + "]",
                "case.validation.inOtherCase",
                "Interaction {0} already belongs to case {1}.",
                String.valueOf(id),
                String.valueOf(found.get(id))));
      }
    }
    return errors;
  }

  private static void collect(List<FieldError> errors, Runnable change) {
    try {
      change.run();
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
  }

  private void flush() {
    try {
      cases.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    }
  }
}
