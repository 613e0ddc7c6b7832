package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.Retention;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.customer.CustomersChanged;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The customer rollup that retention and churn are read from (docs/decisions/0018). For every
 * counted customer (not a prospect, not archived) it holds what the customer adds: one joined on
 * the day it became a customer and, when it churned, one churned on that day and one pair (churn
 * day, since day); under ALL and under each of its cut values (segments, relationship type, owner
 * as the agent). It changes in the transaction that creates or changes customers: what a customer
 * added before ({@code metric_customer}, {@code metric_customer_cut}) is taken back and what it
 * adds now is added, so the rollup always equals the customers as they are.
 */
@ApplicationScoped
public class CustomerRollupRepository implements PeriodRollup<Retention> {
  private static final String ALL = FeedbackRollupRepository.ALL;
  private static final int REBUILD_PAGE = 5000;
  private static final String DAY_TABLE = "metric_customer_day";
  private static final List<String> DAY_KEYS = FeedbackRollupRepository.KEYS;
  private static final List<String> DAY_MEASURES = List.of("joined", "churned");
  private static final String CHURN_TABLE = "metric_churn";
  private static final List<String> CHURN_KEYS =
      List.of("cut", "cut_value", "churn_day", "since_day");
  private static final List<String> CHURN_MEASURES = List.of("customers");
  private static final List<String> TABLES =
      List.of("metric_customer_cut", "metric_customer", "metric_customer_day", "metric_churn");
  private static final String COUNTED =
      "select id, customer_since, churned_on, relationship_type, owner from shared_customer"
          + " where lifecycle <> 'PROSPECT' and archived_at is null and ";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** What one counted customer adds: its days and its cut values (cut name, value). */
  record Counted(LocalDate since, LocalDate churn, Set<List<String>> cuts) {}

  public void changed(@Observes CustomersChanged event) {
    sync(event.ids());
  }

  /** Brings the rollup in step with these customers as they are now. */
  void sync(Collection<Long> ids) {
    Map<Long, Counted> before = held(ids);
    Map<Long, Counted> now = current(COUNTED + "id in", ids);
    Map<List<Comparable<?>>, long[]> days = RollupRepository.deltas();
    Map<List<Comparable<?>>, long[]> churn = RollupRepository.deltas();
    List<Long> moved = new ArrayList<>();
    for (Long id : new TreeSet<>(ids)) {
      Counted was = before.get(id);
      Counted is = now.get(id);
      if (!Objects.equals(was, is)) {
        moved.add(id);
        add(days, churn, was, -1);
        add(days, churn, is, 1);
      }
    }
    write(days, churn);
    hold(now, moved, true);
  }

  /**
   * Empties the rollup and makes it again from all customers, read by pages in id order. The counts
   * of all pages are summed in memory and written once at the end (a row per cut value and day,
   * whatever the number of customers), so that no row is rewritten once per page: PostgreSQL would
   * keep every old version until a vacuum.
   */
  public void rebuild() {
    for (String table : TABLES) {
      Jdbc.update(dataSource, "delete from " + table, List.of());
    }
    Map<List<Comparable<?>>, long[]> days = RollupRepository.deltas();
    Map<List<Comparable<?>>, long[]> churn = RollupRepository.deltas();
    long after = 0;
    while (true) {
      Map<Long, Counted> page =
          current(
              COUNTED + "id > ? order by id fetch first " + REBUILD_PAGE + " rows only",
              List.of(after));
      if (page.isEmpty()) {
        break;
      }
      page.values().forEach(c -> add(days, churn, c, 1));
      hold(page, page.keySet(), false);
      after = page.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    }
    RollupRepository.insert(dataSource, DAY_TABLE, DAY_KEYS, DAY_MEASURES, days);
    RollupRepository.insert(dataSource, CHURN_TABLE, CHURN_KEYS, CHURN_MEASURES, churn);
    TABLES.forEach(table -> Jdbc.analyze(dataSource, table));
  }

  /** Makes the rollup when it holds no customer and some customer counts. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(
        dataSource,
        "metric_customer",
        "shared_customer where lifecycle <> 'PROSPECT' and archived_at is null",
        this::rebuild);
  }

  // --- reading ------------------------------------------------------------------------------

  /**
   * Retention over each of these periods (a period, the one before, the groups of its trend), of
   * everything or of one cut's value, in three reads whatever their number: S and E from the days
   * customers joined and churned before each period's start and end, N from the days inside it,
   * lost from the churn pairs inside it whose customer was one before it started. Only the days
   * from the first period's start on are read one by one.
   */
  @Override
  public List<Retention> counts(List<ReportPeriod> periods, MetricCut cut, String value) {
    List<Object> key = List.of(cut == null ? ALL : cut.name(), cut == null ? "" : value);
    LocalDate first = periods.stream().map(ReportPeriod::from).min(LocalDate::compareTo).get();
    LocalDate last = periods.stream().map(ReportPeriod::to).max(LocalDate::compareTo).get();
    // Before the first day only the sums matter: every period starts after them.
    long[] before =
        Jdbc.list(
                dataSource,
                "select coalesce(sum(joined), 0), coalesce(sum(churned), 0)"
                    + " from metric_customer_day where cut = ? and cut_value = ? and on_day < ?",
                with(key, Date.valueOf(first)),
                r -> new long[] {r.getLong(1), r.getLong(2)})
            .get(0);
    List<long[]> days =
        Jdbc.list(
            dataSource,
            "select on_day, joined, churned from metric_customer_day"
                + " where cut = ? and cut_value = ? and on_day >= ? and on_day <= ?",
            with(key, Date.valueOf(first), Date.valueOf(last)),
            r -> new long[] {r.getDate(1).toLocalDate().toEpochDay(), r.getLong(2), r.getLong(3)});
    // Customers since before the first day are lost in any period their churn falls in: they come
    // summed per churn day, as if they had become customers the day before the first.
    Date dayBefore = Date.valueOf(first.minusDays(1));
    List<long[]> churned =
        Jdbc.list(
            dataSource,
            "select churn_day, since, sum(customers) from (select churn_day,"
                + " greatest(since_day, ?) as since, customers from metric_churn"
                + " where cut = ? and cut_value = ? and churn_day >= ? and churn_day <= ?) c"
                + " group by churn_day, since",
            List.of(dayBefore, key.get(0), key.get(1), Date.valueOf(first), Date.valueOf(last)),
            r ->
                new long[] {
                  r.getDate(1).toLocalDate().toEpochDay(),
                  r.getDate(2).toLocalDate().toEpochDay(),
                  r.getLong(3)
                });
    List<Retention> out = new ArrayList<>();
    for (ReportPeriod p : periods) {
      long from = p.from().toEpochDay();
      long to = p.to().toEpochDay();
      long[] sums = {before[0], before[1], 0, 0};
      for (long[] d : days) {
        int at = d[0] < from ? 0 : d[0] <= to ? 2 : -1;
        if (at >= 0) {
          sums[at] += d[1];
          sums[at + 1] += d[2];
        }
      }
      long lost = 0;
      for (long[] c : churned) {
        lost += c[0] >= from && c[0] <= to && c[1] < from ? c[2] : 0;
      }
      out.add(retention(sums[0], sums[1], sums[2], sums[3], lost));
    }
    return out;
  }

  private static List<Object> with(List<Object> key, Object... more) {
    List<Object> params = new ArrayList<>(key);
    params.addAll(List.of(more));
    return params;
  }

  /** Retention over the period per value of one cut; values without customers left out. */
  @Override
  public Map<String, Retention> byValue(ReportPeriod period, MetricCut cut) {
    Date from = Date.valueOf(period.from());
    Date to = Date.valueOf(period.to());
    Map<String, long[]> sums = new TreeMap<>();
    for (Map.Entry<String, long[]> e :
        Jdbc.list(
            dataSource,
            "select cut_value, sum(case when on_day < ? then joined else 0 end),"
                + " sum(case when on_day < ? then churned else 0 end),"
                + " sum(case when on_day >= ? then joined else 0 end),"
                + " sum(case when on_day >= ? then churned else 0 end)"
                + " from metric_customer_day where cut = ? and on_day <= ? group by cut_value",
            List.of(from, from, from, from, cut.name(), to),
            r ->
                Map.entry(
                    r.getString(1),
                    new long[] {r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), 0}))) {
      sums.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Long> e :
        Jdbc.list(
            dataSource,
            "select cut_value, sum(customers) from metric_churn where cut = ?"
                + " and churn_day >= ? and churn_day <= ? and since_day < ? group by cut_value",
            List.of(cut.name(), from, to, from),
            r -> Map.entry(r.getString(1), r.getLong(2)))) {
      sums.get(e.getKey())[4] = e.getValue();
    }
    Map<String, Retention> out = new TreeMap<>();
    sums.forEach(
        (v, s) -> {
          Retention r = retention(s[0], s[1], s[2], s[3], s[4]);
          if (r.atStart() > 0 || r.created() > 0) {
            out.put(v, r);
          }
        });
    return out;
  }

  /** S = joined − churned before the start; N joined inside; E = S + N − churned inside. */
  private static Retention retention(
      long joinedBefore, long churnedBefore, long joinedIn, long churnedIn, long lost) {
    long atStart = joinedBefore - churnedBefore;
    return new Retention(atStart, atStart + joinedIn - churnedIn, joinedIn, lost);
  }

  // --- writing ------------------------------------------------------------------------------

  private static void add(
      Map<List<Comparable<?>>, long[]> days,
      Map<List<Comparable<?>>, long[]> churn,
      Counted c,
      long sign) {
    if (c == null) {
      return;
    }
    List<List<String>> keys = new ArrayList<>();
    keys.add(List.of(ALL, ""));
    keys.addAll(c.cuts());
    for (List<String> k : keys) {
      RollupRepository.merge(days, List.of(k.get(0), k.get(1), c.since()), new long[] {sign, 0});
      if (c.churn() != null) {
        RollupRepository.merge(days, List.of(k.get(0), k.get(1), c.churn()), new long[] {0, sign});
        RollupRepository.merge(
            churn, List.of(k.get(0), k.get(1), c.churn(), c.since()), new long[] {sign});
      }
    }
  }

  private void write(
      Map<List<Comparable<?>>, long[]> days, Map<List<Comparable<?>>, long[]> churn) {
    RollupRepository.add(dataSource, DAY_TABLE, DAY_KEYS, DAY_MEASURES, days);
    RollupRepository.add(dataSource, CHURN_TABLE, CHURN_KEYS, CHURN_MEASURES, churn);
  }

  /** The customers as counted now, with their segments; those not counted are left out. */
  private Map<Long, Counted> current(String select, Collection<?> params) {
    Map<Long, Counted> out = new TreeMap<>();
    Map<Long, Set<List<String>>> cuts = new HashMap<>();
    Jdbc.Row<Void> row =
        r -> {
          Set<List<String>> its = new HashSet<>();
          cut(its, MetricCut.RELATIONSHIP_TYPE, r.getString(4));
          cut(its, MetricCut.AGENT, r.getString(5));
          cuts.put(r.getLong(1), its);
          Date churned = r.getDate(3);
          out.put(
              r.getLong(1),
              new Counted(
                  r.getDate(2).toLocalDate(), churned == null ? null : churned.toLocalDate(), its));
          return null;
        };
    if (select.endsWith(" in")) {
      Jdbc.selectIn(dataSource, select, params, row);
    } else {
      Jdbc.list(dataSource, select, List.copyOf(params), row);
    }
    Jdbc.selectIn(
        dataSource,
        "select customer_id, label from shared_customer_segment where customer_id in",
        out.keySet(),
        r -> {
          cut(cuts.get(r.getLong(1)), MetricCut.SEGMENT, r.getString(2));
          return null;
        });
    return out;
  }

  private static void cut(Set<List<String>> cuts, MetricCut cut, String value) {
    if (value != null) {
      cuts.add(List.of(cut.name(), value));
    }
  }

  /** What the rollup holds for these customers. */
  private Map<Long, Counted> held(Collection<Long> ids) {
    Map<Long, Counted> out = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select customer_id, since_day, churn_day from metric_customer where customer_id in",
        ids,
        r -> {
          Date churned = r.getDate(3);
          out.put(
              r.getLong(1),
              new Counted(
                  r.getDate(2).toLocalDate(),
                  churned == null ? null : churned.toLocalDate(),
                  new HashSet<>()));
          return null;
        });
    Jdbc.selectIn(
        dataSource,
        "select customer_id, cut, cut_value from metric_customer_cut where customer_id in",
        out.keySet(),
        r -> {
          out.get(r.getLong(1)).cuts().add(List.of(r.getString(2), r.getString(3)));
          return null;
        });
    return out;
  }

  /**
   * Records what the rollup now holds for the customers {@code ids}: their rows in {@code now}, or
   * none when they no longer count; {@code replace}: their former rows are removed first (not
   * needed when the tables were just emptied).
   */
  private void hold(Map<Long, Counted> now, Collection<Long> ids, boolean replace) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement dropCuts =
            c.prepareStatement("delete from metric_customer_cut where customer_id = ?");
        PreparedStatement drop =
            c.prepareStatement("delete from metric_customer where customer_id = ?");
        PreparedStatement keep =
            c.prepareStatement(
                "insert into metric_customer (customer_id, since_day, churn_day) values (?, ?, ?)");
        PreparedStatement keepCut =
            c.prepareStatement(
                "insert into metric_customer_cut (customer_id, cut, cut_value) values (?, ?, ?)")) {
      for (Long id : ids) {
        if (replace) {
          dropCuts.setLong(1, id);
          dropCuts.addBatch();
          drop.setLong(1, id);
          drop.addBatch();
        }
        Counted counted = now.get(id);
        if (counted != null) {
          keep.setLong(1, id);
          keep.setDate(2, Date.valueOf(counted.since()));
          keep.setDate(3, counted.churn() == null ? null : Date.valueOf(counted.churn()));
          keep.addBatch();
          for (List<String> cut : counted.cuts()) {
            keepCut.setLong(1, id);
            keepCut.setString(2, cut.get(0));
            keepCut.setString(3, cut.get(1));
            keepCut.addBatch();
          }
        }
      }
      dropCuts.executeBatch();
      drop.executeBatch();
      keep.executeBatch();
      keepCut.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Recording the customers the rollup holds failed", e);
    }
  }
}
