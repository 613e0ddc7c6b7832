package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerCursor;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.CustomerSort;
import dev.cxcrm.domain.customer.ExternalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers in the database, found by the ways people and other systems look for them. */
@ApplicationScoped
public class CustomerRepository {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  public Optional<Customer> find(long id) {
    return Optional.ofNullable(em.find(Customer.class, id));
  }

  public void add(Customer c) {
    em.persist(c);
  }

  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  /** Writes pending changes now, so that a version conflict surfaces inside the use case. */
  public void flush() {
    em.flush();
  }

  public Optional<Customer> findByExternalId(String system, String externalId) {
    List<Long> ids =
        em.createQuery(
                "select c.id from Customer c join c.externalIds x where x.system = :s and x.id = :i",
                Long.class)
            .setParameter("s", system)
            .setParameter("i", externalId)
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
  }

  /** Owners of the given external ids, in one query: the bulk upsert looks them all up at once. */
  public Map<ExternalId, Long> ownersOf(Collection<ExternalId> externalIds) {
    Map<ExternalId, Long> owners = new HashMap<>();
    if (externalIds.isEmpty()) {
      return owners;
    }
    List<String> ids = externalIds.stream().map(ExternalId::id).distinct().toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      List<Object[]> rows =
          em.createQuery(
                  "select x.system, x.id, c.id from Customer c join c.externalIds x where x.id in :ids",
                  Object[].class)
              .setParameter("ids", chunk)
              .getResultList();
      for (Object[] r : rows) {
        owners.put(new ExternalId((String) r[0], (String) r[1]), (Long) r[2]);
      }
    }
    owners.keySet().retainAll(externalIds);
    return owners;
  }

  /**
   * One page of the list. Without search text the page is a keyset seek on an indexed (key, id)
   * order. With search text the matches are collected first (trigram index on PostgreSQL) and then
   * sorted: walking the sort index and filtering is fast only when matches are spread evenly, and a
   * surname search is the opposite (all Satos sit together under サトウ). {@code offset 0} keeps the
   * planner from merging the two steps. An exact external id finds its customer and nothing else.
   * See docs/decisions/0003-keyset-pagination-and-search.md for the measured figures.
   */
  public List<Customer> search(CustomerSearch s, CustomerCursor after) {
    CustomerSort sort = s.sort();
    String term = s.searchTerm();
    if (term != null && !term.isEmpty()) {
      List<Long> exact =
          ids(
              where(
                  s,
                  sort,
                  after,
                  List.of(
                      "exists (select 1 from customer_external_id x where x.customer_id = c.id and x.external_id = ?)"),
                  List.of(s.text())),
              sort,
              s.limit(),
              false);
      if (!exact.isEmpty()) {
        return load(exact);
      }
      // Trigrams need three characters. For a shorter term the index would return every row, and a
      // cached generic plan would still use it (seconds); an unindexed expression keeps it a scan.
      String column =
          term.codePointCount(0, term.length()) < 3 ? "(c.search_text || '')" : "c.search_text";
      return load(
          ids(
              where(
                  s,
                  sort,
                  after,
                  List.of(column + " like ? escape '\\'"),
                  List.of("%" + likeEscaped(term) + "%")),
              sort,
              s.limit(),
              true));
    }
    return load(ids(where(s, sort, after, List.of(), List.of()), sort, s.limit(), false));
  }

  /**
   * Distinct segment labels that start with {@code prefix}, in order, at most {@code max}. A plain
   * {@code select distinct ... like 'p%'} reads every row of the matching labels (a seq scan of 2M
   * rows, 100 ms on the bench database, and the C.UTF-8 collation keeps LIKE off the index); this
   * walks the (label, customer_id) index one label at a time instead, one index probe per label
   * returned (1 to 8 ms measured), however many customers carry each label. Labels held only by
   * archived customers are suggested too: leaving them out would cost a join per label.
   */
  public List<String> segmentLabels(String prefix, int max) {
    // LIKE only tests the labels found, one at a time; the seek is the label >= / > comparison.
    String sql =
        "with recursive t(label, n) as ("
            + " (select label, 1 from customer_segment where label >= ? order by label limit 1)"
            + " union all"
            + " select (select s.label from customer_segment s where s.label > t.label"
            + " order by s.label limit 1), t.n + 1"
            + " from t where t.n < ? and t.label like ? escape '\\')"
            + " select label from t where label like ? escape '\\'";
    String startsWith = likeEscaped(prefix) + "%";
    Query q =
        em.createNativeQuery(sql)
            .setParameter(1, prefix)
            .setParameter(2, max)
            .setParameter(3, startsWith)
            .setParameter(4, startsWith);
    return ((List<?>) q.getResultList()).stream().map(String::valueOf).toList();
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(
      CustomerSearch s,
      CustomerSort sort,
      CustomerCursor after,
      List<String> extra,
      List<Object> extraParams) {
    StringBuilder sql = new StringBuilder("c.archived_at is null");
    List<Object> params = new ArrayList<>();
    if (s.relationshipType() != null) {
      sql.append(" and c.relationship_type = ?");
      params.add(s.relationshipType().name());
    }
    if (s.lifecycle() != null) {
      sql.append(" and c.lifecycle = ?");
      params.add(s.lifecycle().name());
    }
    if (s.owner() != null) {
      sql.append(" and c.owner = ?");
      params.add(s.owner());
    }
    if (s.segment() != null) {
      sql.append(
          " and exists (select 1 from customer_segment g where g.customer_id = c.id and g.label = ?)");
      params.add(s.segment());
    }
    extra.forEach(e -> sql.append(" and ").append(e));
    params.addAll(extraParams);
    if (after != null) {
      String cmp = sort.descending() ? "<" : ">";
      if ("id".equals(sort.column())) {
        sql.append(" and c.id ").append(cmp).append(" ?");
        params.add(after.id());
      } else {
        sql.append(" and (c.")
            .append(sort.column())
            .append(", c.id) ")
            .append(cmp)
            .append(" (?, ?)");
        params.add(after.typedKey());
        params.add(after.id());
      }
    }
    return new Where(sql.toString(), params);
  }

  private List<Long> ids(Where w, CustomerSort sort, int limit, boolean collectFirst) {
    String dir = sort.descending() ? " desc" : "";
    String order = ("id".equals(sort.column()) ? "" : "k" + dir + ", ") + "id" + dir;
    String inner = "select c.id, c." + sort.column() + " k from customer c where " + w.sql();
    String sql =
        collectFirst
            ? "select id from ("
                + inner
                + " offset 0) m order by "
                + order
                + " limit "
                + (limit + 1)
            : "select id from (" + inner + ") m order by " + order + " limit " + (limit + 1);
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < w.params().size(); i++) {
      Object p = w.params().get(i);
      q.setParameter(i + 1, p instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : p);
    }
    return ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
  }

  /** The customers with these ids, in the order given, collections fetched in batches. */
  public List<Customer> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    TypedQuery<Customer> q =
        em.createQuery("select c from Customer c where c.id in :ids", Customer.class)
            .setParameter("ids", ids);
    q.setHint("eclipselink.batch.type", "IN");
    for (String attr : List.of("segments", "externalIds", "contacts", "importantDates")) {
      q.setHint("eclipselink.batch", "c." + attr);
    }
    Map<Long, Integer> order = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    List<Customer> found = new ArrayList<>(q.getResultList());
    found.sort(Comparator.comparing(c -> order.get(c.id())));
    return found;
  }

  public List<AuditEntry> history(long customerId, int max) {
    return em.createQuery(
            "select a from AuditEntry a where a.customerId = :id order by a.at desc, a.id desc",
            AuditEntry.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList();
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
