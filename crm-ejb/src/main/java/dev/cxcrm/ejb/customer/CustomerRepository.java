package dev.cxcrm.ejb.customer;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.isUniqueViolation;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Contact;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerCursor;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.CustomerSort;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.FieldChange;
import dev.cxcrm.domain.customer.ImportantDate;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Customers in the database, found by the ways people and other systems look for them; new ones in
 * bulk as JDBC batches.
 */
@ApplicationScoped
public class CustomerRepository extends EntityRepository<Customer, Long> {
  public CustomerRepository() {
    super(Customer.class);
  }

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** Whether the database holds any customer, archived ones included. */
  public boolean any() {
    return !em.createQuery("select c.id from Customer c", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public void record(AuditEntry entry) {
    em.persist(entry);
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

  /**
   * Inserts new customers (made by {@link Customer#create}), their collections and their first
   * audit entries as JDBC batches, one statement kind after the other, and returns their ids in
   * order. Through JPA the rows of a customer and of its element collections alternate, so no two
   * consecutive statements are alike and nothing is batched. Runs inside the caller's transaction;
   * ids come from the same sequences, in the same blocks as the entities.
   */
  public List<Long> addAll(List<Customer> customers, String actor, Instant now) {
    if (customers.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = Jdbc.ids(c, "customer_seq", customers.size());
      List<List<FieldChange>> changes = customers.stream().map(Customer::createdFields).toList();
      List<Long> auditIds = Jdbc.ids(c, "customer_audit_seq", customers.size());
      writeCustomers(c, customers, ids);
      writeCollections(c, customers, ids);
      writeAudits(c, ids, auditIds, changes, actor, now);
      return ids;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        // The rows were checked before; a clash means another request wrote the same external id.
        throw new Conflict(
            "Another request created the same customers at the same time; repeat it.");
      }
      throw new IllegalStateException("Writing new customers failed", e);
    }
  }

  private static void writeCustomers(Connection c, List<Customer> customers, List<Long> ids)
      throws SQLException {
    String sql =
        "insert into customer (id, version, kind, name, name_kana, sort_key, search_text, email,"
            + " phone, postal_code, region, locality, street, relationship_type, lifecycle, owner,"
            + " consent_email, consent_email_at, consent_survey, consent_survey_at, consent_phone,"
            + " consent_phone_at, consent_sms, consent_sms_at, customer_since, churned_on,"
            + " churn_reason, preferred_channel, preferred_language, contact_from, contact_until,"
            + " created_at, created_by, updated_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < customers.size(); i++) {
        Customer x = customers.get(i);
        int p = 1;
        s.setLong(p++, ids.get(i));
        s.setString(p++, x.kind().name());
        s.setString(p++, x.name());
        s.setString(p++, x.nameKana());
        s.setString(p++, x.sortKey());
        s.setString(p++, x.searchText());
        s.setString(p++, x.email());
        s.setString(p++, x.phone());
        s.setString(p++, x.address().postalCode());
        s.setString(p++, x.address().region());
        s.setString(p++, x.address().locality());
        s.setString(p++, x.address().street());
        s.setString(p++, x.relationshipType().name());
        s.setString(p++, x.lifecycle().name());
        s.setString(p++, x.owner());
        var consent = x.consent();
        s.setBoolean(p++, consent.choice().email());
        s.setObject(p++, time(consent.emailChangedAt()));
        s.setBoolean(p++, consent.choice().survey());
        s.setObject(p++, time(consent.surveyChangedAt()));
        s.setBoolean(p++, consent.choice().phone());
        s.setObject(p++, time(consent.phoneChangedAt()));
        s.setBoolean(p++, consent.choice().sms());
        s.setObject(p++, time(consent.smsChangedAt()));
        s.setDate(p++, Date.valueOf(x.customerSince()));
        s.setDate(p++, x.churnedOn() == null ? null : Date.valueOf(x.churnedOn()));
        s.setString(p++, x.churnReason());
        s.setString(p++, x.preferredChannel() == null ? null : x.preferredChannel().name());
        s.setString(p++, x.preferredLanguage());
        DailyHours hours = x.contactHours();
        if (hours == null) {
          s.setNull(p++, Types.TIME);
          s.setNull(p++, Types.TIME);
        } else {
          s.setObject(p++, hours.from());
          s.setObject(p++, hours.until());
        }
        s.setObject(p++, time(x.created().at()));
        s.setString(p++, x.created().by());
        s.setObject(p, time(x.updatedAt()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void writeCollections(Connection c, List<Customer> customers, List<Long> ids)
      throws SQLException {
    try (PreparedStatement segments =
            c.prepareStatement("insert into customer_segment (customer_id, label) values (?, ?)");
        PreparedStatement externalIds =
            c.prepareStatement(
                "insert into customer_external_id (customer_id, system, external_id) values (?, ?, ?)");
        PreparedStatement contacts =
            c.prepareStatement(
                "insert into customer_contact (customer_id, position, name, role, email, phone)"
                    + " values (?, ?, ?, ?, ?, ?)");
        PreparedStatement dates =
            c.prepareStatement(
                "insert into customer_important_date (customer_id, kind, on_date, label)"
                    + " values (?, ?, ?, ?)")) {
      for (int i = 0; i < customers.size(); i++) {
        Customer x = customers.get(i);
        long id = ids.get(i);
        for (String label : x.segments()) {
          segments.setLong(1, id);
          segments.setString(2, label);
          segments.addBatch();
        }
        for (ExternalId e : x.externalIds()) {
          externalIds.setLong(1, id);
          externalIds.setString(2, e.system());
          externalIds.setString(3, e.id());
          externalIds.addBatch();
        }
        for (int k = 0; k < x.contacts().size(); k++) {
          Contact t = x.contacts().get(k);
          contacts.setLong(1, id);
          contacts.setInt(2, k);
          contacts.setString(3, t.name());
          contacts.setString(4, t.role());
          contacts.setString(5, t.email());
          contacts.setString(6, t.phone());
          contacts.addBatch();
        }
        for (ImportantDate d : x.importantDates()) {
          dates.setLong(1, id);
          dates.setString(2, d.kind().name());
          dates.setDate(3, Date.valueOf(d.date()));
          dates.setString(4, d.label());
          dates.addBatch();
        }
      }
      segments.executeBatch();
      externalIds.executeBatch();
      contacts.executeBatch();
      dates.executeBatch();
    }
  }

  private static void writeAudits(
      Connection c,
      List<Long> ids,
      List<Long> auditIds,
      List<List<FieldChange>> changes,
      String actor,
      Instant now)
      throws SQLException {
    try (PreparedStatement audits =
            c.prepareStatement(
                "insert into customer_audit (id, customer_id, at, actor, action) values (?, ?, ?, ?, ?)");
        PreparedStatement fields =
            c.prepareStatement(
                "insert into customer_audit_change (audit_id, position, field, old_value, new_value)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < ids.size(); i++) {
        audits.setLong(1, auditIds.get(i));
        audits.setLong(2, ids.get(i));
        audits.setObject(3, time(now));
        audits.setString(4, actor);
        audits.setString(5, AuditEntry.Action.CREATED.name());
        audits.addBatch();
        List<FieldChange> list = changes.get(i);
        for (int k = 0; k < list.size(); k++) {
          FieldChange f = list.get(k);
          fields.setLong(1, auditIds.get(i));
          fields.setInt(2, k);
          fields.setString(3, f.field());
          setText(fields, 4, f.oldValue());
          setText(fields, 5, f.newValue());
          fields.addBatch();
        }
      }
      audits.executeBatch();
      fields.executeBatch();
    }
  }

  private static void setText(PreparedStatement s, int p, String value) throws SQLException {
    if (value == null) {
      s.setNull(p, Types.VARCHAR);
    } else {
      s.setString(p, value.length() <= 4000 ? value : value.substring(0, 3999) + "…");
    }
  }
}
