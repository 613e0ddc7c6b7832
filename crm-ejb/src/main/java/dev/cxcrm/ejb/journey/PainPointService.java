package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.domain.journey.PainPointDraft;
import dev.cxcrm.domain.journey.PainPointRules;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pain point use cases: every member of staff reads the prioritised list; managers and admins
 * record pain points, change them and link the customers and cases they affect. The web page and
 * the REST resource both call these methods.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class PainPointService {
  @Resource SessionContext ctx;
  @Inject PainPointRepository painPoints;
  @Inject TouchpointQueries touchpoints;
  @Inject TimeSource time;

  public PainPoint get(long id) {
    return painPoints.find(id).orElseThrow(() -> new NotFound("Pain point " + id));
  }

  /** One page of the prioritised list: highest score first, then newest. */
  public Page<PainPoint> list(PainPointFilter filter, String cursor) {
    PainPointCursor after =
        cursor == null || cursor.isBlank() ? null : PainPointCursor.decode(cursor);
    return Page.of(
        painPoints.page(filter, after),
        filter.limit(),
        last -> new PainPointCursor(last.score(), last.id()).encode());
  }

  /** The touchpoint catalogue, for choosing where a pain point is and for naming its stage. */
  public Map<Long, EmotionMapTouchpoint> touchpoints() {
    return touchpoints.all();
  }

  /** Names of the customers and cases the given pain points link to, for showing them. */
  public PainPointLinks links(Collection<PainPoint> shown) {
    Set<Long> customers = new LinkedHashSet<>();
    Set<Long> cases = new LinkedHashSet<>();
    shown.forEach(
        p -> {
          customers.addAll(p.customerIds());
          cases.addAll(p.caseIds());
        });
    return painPoints.links(customers, cases);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint create(PainPointDraft draft) {
    Actor actor = Callers.of(ctx);
    PainPointDraft d = checked(draft);
    PainPoint p = PainPoint.create(d, actor.name(), time.now());
    painPoints.add(p);
    painPoints.flush();
    return p;
  }

  /** Replaces what people edit; {@code expectedVersion} is the version the caller read. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint update(long id, int expectedVersion, PainPointDraft draft) {
    Actor actor = Callers.of(ctx);
    PainPoint p = current(id, expectedVersion);
    PainPointDraft d = checked(draft);
    p.update(d, actor.name(), time.now());
    flush();
    return p;
  }

  /**
   * Links customers that exist and are not archived; linking one already linked changes nothing.
   * One unknown id refuses the whole request, naming its position.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint linkCustomers(long id, Integer expectedVersion, List<Long> customerIds) {
    return link(
        id,
        expectedVersion,
        customerIds,
        new Links(
            "customerIds",
            painPoints::activeCustomers,
            "validation.unknownCustomer",
            "There is no such customer, or it is archived.",
            PainPoint::linkCustomers));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint unlinkCustomer(long id, CustomerId customerId) {
    return unlink(
        id, "Customer " + customerId, (p, by, at) -> p.unlinkCustomer(customerId.value(), by, at));
  }

  /** Links cases that exist; one unknown id refuses the whole request, naming its position. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint linkCases(long id, Integer expectedVersion, List<Long> caseIds) {
    return link(
        id,
        expectedVersion,
        caseIds,
        new Links(
            "caseIds",
            painPoints::existingCases,
            "pain.validation.unknownCase",
            "There is no such case.",
            PainPoint::linkCases));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public PainPoint unlinkCase(long id, CaseId caseId) {
    return unlink(id, "Case " + caseId, (p, by, at) -> p.unlinkCase(caseId.value(), by, at));
  }

  private PainPoint link(long id, Integer expectedVersion, List<Long> ids, Links links) {
    Actor actor = Callers.of(ctx);
    PainPoint p = current(id, expectedVersion);
    requireKnown(ids, links);
    links.link().to(p, ids, actor.name(), time.now());
    flush();
    return p;
  }

  /**
   * What a link request names: the field of its ids, how to find those that exist, the message for
   * one that does not, and the pain point's method that links them.
   */
  private record Links(
      String field,
      Function<Set<Long>, Set<Long>> existing,
      String key,
      String english,
      Link link) {}

  /** One of the pain point's link methods. */
  @FunctionalInterface
  private interface Link {
    boolean to(PainPoint p, Collection<Long> ids, String by, Instant at);
  }

  /** Removes one link; a link that is not there is a missing resource, whichever kind it is. */
  private PainPoint unlink(long id, String linked, Unlink unlink) {
    Actor actor = Callers.of(ctx);
    PainPoint p = get(id);
    if (!unlink.from(p, actor.name(), time.now())) {
      throw new NotFound(linked + " linked to pain point " + id);
    }
    flush();
    return p;
  }

  /** One of the pain point's unlink methods: true when the link was there. */
  @FunctionalInterface
  private interface Unlink {
    boolean from(PainPoint p, String by, Instant at);
  }

  private PainPoint current(long id, Integer expectedVersion) {
    PainPoint p = get(id);
    if (expectedVersion != null && p.version() != expectedVersion) {
      throw new StaleVersion();
    }
    return p;
  }

  private PainPointDraft checked(PainPointDraft draft) {
    PainPointDraft d = draft.normalised();
    List<FieldError> errors = new ArrayList<>();
    try {
      PainPointRules.check(d);
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
    if (d.touchpointId() != null && !touchpoints.exists(d.touchpointId())) {
      errors.add(
          FieldError.of(
              "touchpointId", "pain.validation.unknownTouchpoint", "There is no such touchpoint."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return d;
  }

  private static List<Long> requireIds(String field, List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      throw InvalidInput.of(field, "validation.required", "Required.");
    }
    if (ids.size() > PainPointRules.LINKS_MAX) {
      throw InvalidInput.of(
          field, "validation.tooMany", "At most {0} entries.", PainPointRules.LINKS_MAX);
    }
    return ids;
  }

  private static Set<Long> present(List<Long> ids) {
    Set<Long> s = new LinkedHashSet<>(ids);
    s.remove(null);
    return s;
  }

  /**
   * Refuses a list of ids to link unless it is given, not too long and every id is one that {@code
   * existing} finds, naming the position of each one that is not; customers and cases alike.
   */
  private static void requireKnown(List<Long> asked, Links links) {
    Set<Long> found = links.existing().apply(present(requireIds(links.field(), asked)));
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      if (asked.get(i) == null || !found.contains(asked.get(i))) {
        errors.add(FieldError.of(links.field() + "[" + i + "]", links.key(), links.english()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private void flush() {
    try {
      painPoints.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    }
  }
}
