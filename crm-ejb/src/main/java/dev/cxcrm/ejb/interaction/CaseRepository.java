package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseContacts;
import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Cases and root causes in the database. The interaction table belongs to the interactions feature:
 * it is read and its {@code case_id} written here with SQL only, never through its entity, so the
 * two features meet at the table and nowhere else. Every write there bumps the interaction's
 * version, so that an edit of the interaction begun before it fails instead of undoing it.
 */
@ApplicationScoped
public class CaseRepository extends EntityRepository<ServiceCase, Long> {
  public CaseRepository() {
    super(ServiceCase.class);
  }

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** Counts a change of the case's interactions as a change of the case (its version, its ETag). */
  public void touch(ServiceCase c) {
    em.lock(c, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /**
   * One page of ids, newest first: a keyset seek on (opened_at, id) below {@code after}, one row
   * more than {@code limit} to tell whether a next page exists.
   */
  public List<ServiceCase> page(CaseFilter f, CaseCursor after) {
    StringBuilder sql = new StringBuilder("select c.id from service_case c where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.unassigned()) {
      sql.append(" and c.owner is null");
    } else if (f.owner() != null) {
      sql.append(" and c.owner = ?");
      params.add(f.owner());
    }
    if (f.status() != null) {
      sql.append(" and c.status = ?");
      params.add(f.status().name());
    }
    if (f.type() != null) {
      sql.append(" and c.type = ?");
      params.add(f.type().name());
    }
    if (f.customerId() != null) {
      sql.append(" and c.customer_id = ?");
      params.add(f.customerId());
    }
    if (after != null) {
      sql.append(" and (c.opened_at, c.id) < (?, ?)");
      params.add(Jdbc.time(after.openedAt()));
      params.add(after.id());
    }
    sql.append(" order by c.opened_at desc, c.id desc limit ").append(f.limit() + 1);
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return load(longs(q.getResultList()));
  }

  /** The cases with these ids, in the order given. */
  public List<ServiceCase> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Integer> order = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    List<ServiceCase> found =
        new ArrayList<>(
            em.createQuery("select c from ServiceCase c where c.id in :ids", ServiceCase.class)
                .setParameter("ids", ids)
                .getResultList());
    found.sort(Comparator.comparing(c -> order.get(c.id())));
    return found;
  }

  /** The cases with their interaction ids and first inbound channel, in two queries for a page. */
  public List<CaseFile> files(List<ServiceCase> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    List<Long> ids = cases.stream().map(ServiceCase::id).toList();
    Map<Long, List<Long>> interactions = new HashMap<>();
    Map<Long, Channel> channels = new HashMap<>();
    List<?> rows =
        bind(
            ids,
            "select i.case_id, i.id, i.channel, i.direction from interaction i"
                + " where i.case_id in (%s) order by i.occurred_at, i.id");
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long caseId = ((Number) r[0]).longValue();
      interactions.computeIfAbsent(caseId, k -> new ArrayList<>()).add(((Number) r[1]).longValue());
      if ("INBOUND".equals(r[3])) {
        channels.putIfAbsent(caseId, Channel.valueOf((String) r[2]));
      }
    }
    return cases.stream()
        .map(
            c ->
                new CaseFile(c, interactions.getOrDefault(c.id(), List.of()), channels.get(c.id())))
        .toList();
  }

  private List<?> bind(List<Long> ids, String sqlWithIn) {
    Query q = em.createNativeQuery(String.format(sqlWithIn, Jdbc.marks(ids.size())));
    for (int i = 0; i < ids.size(); i++) {
      q.setParameter(i + 1, ids.get(i));
    }
    return q.getResultList();
  }

  /** How many inbound and outbound interactions the case holds. */
  public CaseContacts contacts(long caseId) {
    long inbound = 0;
    long outbound = 0;
    List<?> rows =
        em.createNativeQuery(
                "select direction, count(*) from interaction where case_id = ? group by direction")
            .setParameter(1, caseId)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long n = ((Number) r[1]).longValue();
      if ("INBOUND".equals(r[0])) {
        inbound = n;
      } else {
        outbound = n;
      }
    }
    return new CaseContacts(inbound, outbound);
  }

  /**
   * Which of these interactions exist for the customer, with the case each is in now (null: none).
   */
  public Map<Long, Long> interactionsOf(long customerId, List<Long> interactionIds) {
    Map<Long, Long> found = new LinkedHashMap<>();
    if (interactionIds.isEmpty()) {
      return found;
    }
    Query q =
        em.createNativeQuery(
            "select id, case_id from interaction where customer_id = ? and id in ("
                + Jdbc.marks(interactionIds.size())
                + ")");
    q.setParameter(1, customerId);
    for (int i = 0; i < interactionIds.size(); i++) {
      q.setParameter(i + 2, interactionIds.get(i));
    }
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      found.put(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue());
    }
    return found;
  }

  /** Puts the customer's interactions into the case; the number of rows changed. */
  public int attach(long caseId, long customerId, List<Long> interactionIds) {
    Query q =
        em.createNativeQuery(
            "update interaction set case_id = ?, version = version + 1 where id in ("
                + Jdbc.marks(interactionIds.size())
                + ") and customer_id = ?");
    q.setParameter(1, caseId);
    for (int i = 0; i < interactionIds.size(); i++) {
      q.setParameter(i + 2, interactionIds.get(i));
    }
    q.setParameter(interactionIds.size() + 2, customerId);
    int changed = q.executeUpdate();
    refreshFirstInboundChannel(caseId);
    return changed;
  }

  /** Takes interactions out of the case; the number of rows changed. */
  public int detach(long caseId, List<Long> interactionIds) {
    Query q =
        em.createNativeQuery(
            "update interaction set case_id = null, version = version + 1 where id in ("
                + Jdbc.marks(interactionIds.size())
                + ") and case_id = ?");
    for (int i = 0; i < interactionIds.size(); i++) {
      q.setParameter(i + 1, interactionIds.get(i));
    }
    q.setParameter(interactionIds.size() + 1, caseId);
    int changed = q.executeUpdate();
    refreshFirstInboundChannel(caseId);
    return changed;
  }

  /** Sets the case's first inbound channel anew after its interactions changed. */
  private void refreshFirstInboundChannel(long caseId) {
    em.createNativeQuery(FirstInboundChannel.refresh(1)).setParameter(1, caseId).executeUpdate();
  }

  /** The case's interactions, oldest first. */
  public List<CaseInteraction> interactionsIn(long caseId) {
    return interactions(
        em.createNativeQuery(
                "select id, occurred_at, channel, direction, subject, agent, case_id from interaction"
                    + " where case_id = ? order by occurred_at, id")
            .setParameter(1, caseId));
  }

  /**
   * The customer's latest interactions that are in no case, newest first: what a new case can take.
   */
  public List<CaseInteraction> unassignedInteractions(long customerId, int max) {
    return interactions(
        em.createNativeQuery(
                "select id, occurred_at, channel, direction, subject, agent, case_id from interaction"
                    + " where customer_id = ? and case_id is null order by occurred_at desc, id desc"
                    + " limit "
                    + max)
            .setParameter(1, customerId));
  }

  private static List<CaseInteraction> interactions(Query q) {
    List<CaseInteraction> list = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      list.add(
          new CaseInteraction(
              ((Number) r[0]).longValue(),
              Jdbc.instant(r[1]),
              Channel.valueOf((String) r[2]),
              "INBOUND".equals(r[3]),
              (String) r[4],
              (String) r[5],
              r[6] == null ? null : ((Number) r[6]).longValue()));
    }
    return list;
  }

  /**
   * The counts of the case rates per month's part of the period, channel and owner: two aggregate
   * queries ({@link CaseRateQueries}), no case loaded.
   */
  public List<CaseTally> tallies(List<CaseRates.Month> months) {
    try (Connection c = dataSource.getConnection()) {
      return new CaseRateQueries(c).tallies(months);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading case rates failed", e);
    }
  }

  public Optional<RootCause> rootCause(long id) {
    return Optional.ofNullable(em.find(RootCause.class, id));
  }

  public void add(RootCause r) {
    em.persist(r);
  }

  /**
   * The whole catalogue in the categories' order (process, communication, product, staff, other),
   * then by Japanese name: it is small (tens of entries), so it is sorted here rather than by the
   * category's text.
   */
  public List<RootCause> rootCauses() {
    List<RootCause> all =
        new ArrayList<>(
            em.createQuery("select r from RootCause r", RootCause.class).getResultList());
    all.sort(
        Comparator.comparing((RootCause r) -> r.category().ordinal())
            .thenComparing(RootCause::nameJa)
            .thenComparing(RootCause::id));
    return all;
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }
}
