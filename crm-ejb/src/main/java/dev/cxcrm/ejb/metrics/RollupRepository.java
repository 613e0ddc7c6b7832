package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What every rollup table of the metrics shares: how it grows, how it is made again, how a daily
 * one is read, and the cuts a fact takes from its customer. A rollup grows by counts added to rows
 * found by their key. Each missing row is made empty first ({@code insert ... on conflict do
 * nothing}, so a concurrent writer's row is left as it is), then every row is incremented, in key
 * order, so that two writers never wait on each other in a circle. Keys are strings and days;
 * counts may be negative (a customer that changed takes back what it added).
 */
final class RollupRepository {
  /** Rows by key, in the order writers lock them. */
  static final Comparator<List<Comparable<?>>> KEY_ORDER = RollupRepository::compare;

  private RollupRepository() {}

  /** An empty map of deltas, ordered by key. */
  static Map<List<Comparable<?>>, long[]> deltas() {
    return new TreeMap<>(KEY_ORDER);
  }

  /** Adds {@code delta} to the row of {@code key} in {@code deltas}. */
  static void merge(
      Map<List<Comparable<?>>, long[]> deltas, List<Comparable<?>> key, long[] delta) {
    deltas.merge(
        key,
        delta.clone(),
        (a, b) -> {
          for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
          }
          return a;
        });
  }

  /**
   * Adds the deltas to the rows of {@code table}: {@code keys} name the key columns, {@code
   * measures} the counted ones, in the order of the keys' and deltas' values.
   */
  static void add(
      DataSource dataSource,
      String table,
      List<String> keys,
      List<String> measures,
      Map<List<Comparable<?>>, long[]> deltas) {
    deltas.values().removeIf(v -> Arrays.stream(v).allMatch(x -> x == 0));
    if (deltas.isEmpty()) {
      return;
    }
    String keyColumns = String.join(", ", keys);
    String zeros = String.join(", ", Collections.nCopies(measures.size(), "0"));
    String increments =
        String.join(", ", measures.stream().map(m -> m + " = " + m + " + ?").toList());
    String where = String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
    try (Connection c = dataSource.getConnection();
        PreparedStatement make =
            c.prepareStatement(
                "insert into "
                    + table
                    + " ("
                    + keyColumns
                    + ", "
                    + String.join(", ", measures)
                    + ") values ("
                    + String.join(", ", Collections.nCopies(keys.size(), "?"))
                    + ", "
                    + zeros
                    + ") on conflict do nothing");
        PreparedStatement add =
            c.prepareStatement("update " + table + " set " + increments + " where " + where)) {
      for (List<Comparable<?>> k : deltas.keySet()) {
        bind(make, 1, k);
        make.addBatch();
      }
      make.executeBatch();
      for (Map.Entry<List<Comparable<?>>, long[]> e : deltas.entrySet()) {
        int p = 1;
        for (long v : e.getValue()) {
          add.setLong(p++, v);
        }
        bind(add, p, e.getKey());
        add.addBatch();
      }
      add.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Adding to the rollup " + table + " failed", e);
    }
  }

  /**
   * Locks one row per id of {@code table} (a table of a single {@code customer_id} column), made
   * first when missing, in id order: a concurrent writer of the same customer waits for this
   * transaction instead of computing from the same old state.
   */
  static void lock(DataSource dataSource, String table, Collection<Long> customers) {
    List<Long> ids = customers.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      return;
    }
    write(
        dataSource,
        "insert into " + table + " (customer_id) values (?) on conflict do nothing",
        ids,
        (s, id) -> s.setLong(1, id));
    for (int from = 0; from < ids.size(); from += LOCK_CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + LOCK_CHUNK));
      Jdbc.list(
          dataSource,
          "select customer_id from "
              + table
              + " where customer_id in ("
              + Jdbc.marks(chunk.size())
              + ") order by customer_id for update",
          chunk,
          r -> null);
    }
  }

  private static final int LOCK_CHUNK = 1000;

  /** Binds one row of a batch. */
  interface Binder<T> {
    void bind(PreparedStatement s, T row) throws SQLException;
  }

  /** Runs {@code sql} once per row, in batches of a thousand. */
  static <T> void write(DataSource dataSource, String sql, Collection<T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int batched = 0;
      for (T row : rows) {
        binder.bind(s, row);
        s.addBatch();
        if (++batched % 1000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing failed: " + sql.split(" values ")[0], e);
    }
  }

  // --- what changing records added, kept ------------------------------------------------------

  /**
   * The kept cuts (cut, value) of the records {@code ids}, from {@code table} keyed by {@code id}.
   */
  static Map<Long, List<List<String>>> keptCuts(
      DataSource dataSource, String table, String id, Collection<Long> ids) {
    Map<Long, List<List<String>>> out = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select " + id + ", cut, cut_value from " + table + " where " + id + " in",
        ids,
        r ->
            out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(List.of(r.getString(2), r.getString(3))));
    return out;
  }

  /** Keeps the cuts (cut, value) of records in {@code table} keyed by {@code id}. */
  static void keepCuts(
      DataSource dataSource, String table, String id, Map<Long, List<List<String>>> cuts) {
    List<Object[]> rows = new ArrayList<>();
    cuts.forEach(
        (record, kept) -> kept.forEach(k -> rows.add(new Object[] {record, k.get(0), k.get(1)})));
    write(
        dataSource,
        "insert into " + table + " (" + id + ", cut, cut_value) values (?, ?, ?)",
        rows,
        (s, row) -> {
          s.setLong(1, (Long) row[0]);
          s.setString(2, (String) row[1]);
          s.setString(3, (String) row[2]);
        });
  }

  /** Counts one record under its cuts, {@code sign} times (−1 takes back what it added). */
  interface Counter<T> {
    void count(T record, List<List<String>> cuts, long sign);
  }

  /**
   * For each record of {@code ids} in order: takes back what it added ({@code before}, if it was
   * counted) and adds what it adds now ({@code now}, if it still counts), under its kept cuts.
   */
  static <T> void recount(
      List<Long> ids,
      Map<Long, T> before,
      Map<Long, T> now,
      Map<Long, List<List<String>>> cuts,
      Counter<T> counter) {
    for (long id : ids) {
      List<List<String>> kept = cuts.getOrDefault(id, List.of());
      if (before.containsKey(id)) {
        counter.count(before.get(id), kept, -1);
      }
      if (now.containsKey(id)) {
        counter.count(now.get(id), kept, 1);
      }
    }
  }

  /** Deletes the rows of the records {@code ids} from {@code table} keyed by {@code id}. */
  static void forget(DataSource dataSource, String table, String id, List<Long> ids) {
    Jdbc.update(
        dataSource,
        "delete from " + table + " where " + id + " in (" + Jdbc.marks(ids.size()) + ")",
        ids);
  }

  // --- the customer's cuts at the time of recording -------------------------------------------

  /**
   * Each customer's relationship type and segments (and, with {@code owner}, its owner as the agent
   * cut) as keys (cut, value), read now: the cuts a fact takes from its customer when it is
   * recorded.
   */
  static Map<Long, List<List<String>>> customerCuts(
      DataSource dataSource, Collection<Long> customers, boolean owner) {
    Map<Long, List<List<String>>> out = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select id, relationship_type, owner from shared_customer where id in",
        customers,
        r -> {
          List<List<String>> cuts = out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>());
          cuts.add(List.of(MetricCut.RELATIONSHIP_TYPE.name(), r.getString(2)));
          if (owner && r.getString(3) != null) {
            cuts.add(List.of(MetricCut.AGENT.name(), r.getString(3)));
          }
          return null;
        });
    Jdbc.selectIn(
        dataSource,
        "select customer_id, label from shared_customer_segment where customer_id in",
        customers,
        r ->
            out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(List.of(MetricCut.SEGMENT.name(), r.getString(2))));
    return out;
  }

  // --- making a rollup again -------------------------------------------------------------------

  /**
   * Hands the rows of {@code view} to {@code page} a page at a time in the order of {@code at}
   * (then id), each page found by a seek on (at, id) from where the last one ended, so that a page
   * costs the same at the end of the table as at its start.
   */
  static <T> void inPages(
      DataSource dataSource,
      String columns,
      String view,
      String at,
      int pageSize,
      Jdbc.Row<T> row,
      Consumer<List<T>> page) {
    Instant afterAt = Instant.parse("0001-01-01T00:00:00Z");
    long afterId = 0;
    while (true) {
      List<Instant> ats = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      List<T> rows =
          Jdbc.list(
              dataSource,
              "select "
                  + columns
                  + ", "
                  + at
                  + ", id from "
                  + view
                  + " where ("
                  + at
                  + ", id) > (?, ?) order by "
                  + at
                  + ", id fetch first "
                  + pageSize
                  + " rows only",
              List.of(Jdbc.time(afterAt), afterId),
              r -> {
                int last = r.getMetaData().getColumnCount();
                ats.add(Jdbc.instant(r.getObject(last - 1)));
                ids.add(r.getLong(last));
                return row.read(r);
              });
      if (rows.isEmpty()) {
        return;
      }
      page.accept(rows);
      afterAt = ats.get(ats.size() - 1);
      afterId = ids.get(ids.size() - 1);
    }
  }

  /**
   * Hands the rows of {@code select} (a statement that ends with its condition, "... where" or "...
   * and") to {@code page} a page of {@code pageSize} at a time in the order of {@code idColumn},
   * each page found by a seek from the last id of the one before.
   */
  static <T> void inIdPages(
      DataSource dataSource,
      String select,
      String idColumn,
      int pageSize,
      Jdbc.Row<T> row,
      java.util.function.ToLongFunction<T> id,
      Consumer<List<T>> page) {
    long after = 0;
    while (true) {
      List<T> rows =
          Jdbc.list(
              dataSource,
              select
                  + " "
                  + idColumn
                  + " > ? order by "
                  + idColumn
                  + " fetch first "
                  + pageSize
                  + " rows only",
              List.of(after),
              row);
      if (rows.isEmpty()) {
        return;
      }
      after = id.applyAsLong(rows.get(rows.size() - 1));
      page.accept(rows);
    }
  }

  /**
   * Makes a rollup ({@code rebuild}) when its table {@code rollup} is empty and {@code facts} (a
   * view, with a condition if need be) has rows: at the first start after the upgrade that added
   * it. Answers whether it did.
   */
  static boolean fillIfEmpty(DataSource dataSource, String rollup, String facts, Runnable rebuild) {
    if (empty(dataSource, rollup) && !empty(dataSource, facts)) {
      rebuild.run();
      return true;
    }
    return false;
  }

  /** Whether {@code table} (a table or view, with a condition if need be) has no row. */
  static boolean empty(DataSource dataSource, String table) {
    return Jdbc.list(
            dataSource, "select 1 from " + table + " fetch first 1 rows only", List.of(), r -> 1)
        .isEmpty();
  }

  // --- reading a daily rollup ---------------------------------------------------------------

  /**
   * {@code " from (values (0, lo, hi), ...) p (k, lo, hi) join "}: the periods as a list of values
   * (k the period's index, lo and hi its first and last day) for a rollup to be joined to on its
   * cut and value, the periods' days and then the key of all ({@code cut} null) or of one cut's
   * value added to {@code params}: a request of many periods is then one statement.
   */
  static String over(List<ReportPeriod> periods, MetricCut cut, String value, List<Object> params) {
    List<String> rows = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) {
      rows.add("(" + k + ", cast(? as date), cast(? as date))");
      params.add(Date.valueOf(periods.get(k).from()));
      params.add(Date.valueOf(periods.get(k).to()));
    }
    params.addAll(cutKey(cut, value));
    return " from (values " + String.join(", ", rows) + ") p (k, lo, hi) join ";
  }

  /** The rollup's key of all ({@code cut} null) or of one cut's value: (cut, cut_value). */
  static List<Object> cutKey(MetricCut cut, String value) {
    return List.of(
        cut == null ? FeedbackRollupRepository.ALL : cut.name(), cut == null ? "" : value);
  }

  /**
   * The period's sums per day (days without rows left out), of everything or one cut's value; of a
   * rollup kept per currency too, of {@code currency} (null: a rollup without currencies).
   */
  static Map<LocalDate, long[]> byDay(
      DataSource dataSource,
      String table,
      List<String> measures,
      ReportPeriod period,
      MetricCut cut,
      String value,
      String currency) {
    return sums(
        dataSource,
        table,
        measures,
        "on_day",
        period,
        cut,
        cut == null ? "" : value,
        currency,
        r -> r.getDate(1).toLocalDate());
  }

  /**
   * The period's sums per value of one cut (values without rows left out), of {@code currency} when
   * the rollup is kept per currency (else null).
   */
  static Map<String, long[]> byValue(
      DataSource dataSource,
      String table,
      List<String> measures,
      ReportPeriod period,
      MetricCut cut,
      String currency) {
    return sums(
        dataSource, table, measures, "cut_value", period, cut, null, currency, r -> r.getString(1));
  }

  private static <K> Map<K, long[]> sums(
      DataSource dataSource,
      String table,
      List<String> measures,
      String group,
      ReportPeriod period,
      MetricCut cut,
      String value,
      String currency,
      Jdbc.Row<K> key) {
    List<Object> params = new ArrayList<>();
    params.add(cut == null ? FeedbackRollupRepository.ALL : cut.name());
    if (value != null) {
      params.add(value);
    }
    if (currency != null) {
      params.add(currency);
    }
    params.add(Date.valueOf(period.from()));
    params.add(Date.valueOf(period.to()));
    Map<K, long[]> out = new TreeMap<>();
    Jdbc.list(
            dataSource,
            "select "
                + group
                + ", "
                + String.join(", ", measures.stream().map(m -> "sum(" + m + ")").toList())
                + " from "
                + table
                + " where cut = ?"
                + (value != null ? " and cut_value = ?" : "")
                + (currency != null ? " and currency = ?" : "")
                + " and on_day >= ? and on_day <= ? group by "
                + group,
            params,
            r -> {
              long[] sums = new long[measures.size()];
              for (int i = 0; i < sums.length; i++) {
                sums[i] = r.getLong(2 + i);
              }
              return Map.entry(key.read(r), sums);
            })
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Writes the rows of a rollup that was just emptied, each once with its final counts (a plain
   * insert: no row is written twice, so PostgreSQL keeps no dead version of it, and the rows lie in
   * key order).
   */
  static void insert(
      DataSource dataSource,
      String table,
      List<String> keys,
      List<String> measures,
      Map<List<Comparable<?>>, long[]> rows) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into "
                    + table
                    + " ("
                    + String.join(", ", keys)
                    + ", "
                    + String.join(", ", measures)
                    + ") values ("
                    + Jdbc.marks(keys.size() + measures.size())
                    + ")")) {
      int batched = 0;
      for (Map.Entry<List<Comparable<?>>, long[]> e : rows.entrySet()) {
        bind(insert, 1, e.getKey());
        int p = keys.size() + 1;
        for (long v : e.getValue()) {
          insert.setLong(p++, v);
        }
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the rollup " + table + " failed", e);
    }
  }

  private static void bind(PreparedStatement s, int from, List<Comparable<?>> key)
      throws SQLException {
    int p = from;
    for (Comparable<?> v : key) {
      if (v instanceof LocalDate d) {
        s.setDate(p++, Date.valueOf(d));
      } else if (v instanceof Integer i) {
        s.setInt(p++, i);
      } else if (v instanceof Long l) {
        s.setLong(p++, l);
      } else {
        s.setString(p++, (String) v);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(List<Comparable<?>> a, List<Comparable<?>> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
