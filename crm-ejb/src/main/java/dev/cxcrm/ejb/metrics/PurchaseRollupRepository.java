package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.BuyerDays;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.PurchasesRecorded;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The daily purchase rollup of lifetime value (docs/decisions/0018, V4_09): per currency, day of
 * the business time zone and value of the buyer's cuts when the purchase was recorded (and ALL),
 * the orders and their revenue, the customers who first bought that day, and the start and end of
 * the spans in which a customer has bought within the year ({@link BuyerDays}). It grows in the
 * transaction that records purchases; each buyer's days are kept so that a late purchase, earlier
 * than the others, moves the first day and the spans exactly.
 */
@ApplicationScoped
public class PurchaseRollupRepository {
  private static final String TABLE = "metric_purchase_day";
  private static final String BUYERS = "metric_purchase_buyer";
  private static final String LOCKS = "metric_purchase_lock";
  private static final List<String> KEYS = List.of("cut", "cut_value", "currency", "on_day");

  /** The measures, in the order of the counts: see {@link Day}. */
  static final List<String> MEASURES =
      List.of("orders", "revenue", "first_buyers", "buyers_in", "buyers_out");

  /** Revenue is kept in ten-thousandths, the four decimals of an amount, so its sums are exact. */
  private static final int REVENUE_SCALE = 4;

  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
  private static final int REBUILD_CUSTOMERS = 1000;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /** The counts of one day or of days summed, in the order of {@link #MEASURES}. */
  record Day(long orders, BigDecimal revenue, long firstBuyers, long buyersIn, long buyersOut) {
    static final Day NONE = new Day(0, BigDecimal.ZERO, 0, 0, 0);

    static Day of(long[] v) {
      return new Day(v[0], BigDecimal.valueOf(v[1], REVENUE_SCALE), v[2], v[3], v[4]);
    }

    Day plus(Day o) {
      return new Day(
          orders + o.orders,
          revenue.add(o.revenue),
          firstBuyers + o.firstBuyers,
          buyersIn + o.buyersIn,
          buyersOut + o.buyersOut);
    }

    Day minus(Day o) {
      return new Day(
          orders - o.orders,
          revenue.subtract(o.revenue),
          firstBuyers - o.firstBuyers,
          buyersIn - o.buyersIn,
          buyersOut - o.buyersOut);
    }

    /** The customers who bought within the year up to the last day summed. */
    long buyers() {
      return buyersIn - buyersOut;
    }
  }

  public void recorded(@Observes PurchasesRecorded event) {
    add(event.rows());
  }

  void add(List<PurchasesRecorded.Made> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Long> customers = customers(rows);
    RollupRepository.lock(dataSource, LOCKS, customers);
    Map<List<Object>, NavigableSet<LocalDate>> before = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select customer_id, currency, cut, cut_value, on_day from "
            + BUYERS
            + " where customer_id in",
        customers,
        r ->
            before
                .computeIfAbsent(
                    List.of(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)),
                    k -> new TreeSet<>())
                .add(r.getDate(5).toLocalDate()));
    List<List<Object>> newDays = new ArrayList<>();
    Map<List<Comparable<?>>, long[]> deltas = deltas(rows, customers, before, newDays);
    insertDays(newDays);
    RollupRepository.add(dataSource, TABLE, KEYS, MEASURES, deltas);
  }

  private static List<Long> customers(List<PurchasesRecorded.Made> rows) {
    return rows.stream().map(PurchasesRecorded.Made::customerId).distinct().sorted().toList();
  }

  /**
   * What these purchases add: orders and revenue on their day under ALL and the buyer's cut values,
   * and for each buyer whose days grew, its new first day and spans minus the old. The days not
   * kept before are added to {@code newDays} as (customer, currency, cut, value, day).
   */
  private Map<List<Comparable<?>>, long[]> deltas(
      List<PurchasesRecorded.Made> rows,
      List<Long> customers,
      Map<List<Object>, NavigableSet<LocalDate>> before,
      List<List<Object>> newDays) {
    Map<Long, List<List<String>>> cuts = RollupRepository.customerCuts(dataSource, customers, true);
    Map<List<Comparable<?>>, long[]> deltas = RollupRepository.deltas();
    Map<List<Object>, List<LocalDate>> bought = new HashMap<>();
    for (PurchasesRecorded.Made m : rows) {
      LocalDate day = m.purchasedAt().atZone(time.zone()).toLocalDate();
      long revenue = m.amount().setScale(REVENUE_SCALE).unscaledValue().longValueExact();
      List<List<String>> keys = new ArrayList<>();
      keys.add(List.of(FeedbackRollupRepository.ALL, ""));
      keys.addAll(cuts.getOrDefault(m.customerId(), List.of()));
      for (List<String> k : keys) {
        RollupRepository.merge(
            deltas,
            List.of(k.get(0), k.get(1), m.currency(), day),
            new long[] {1, revenue, 0, 0, 0});
        bought
            .computeIfAbsent(
                List.of(m.customerId(), m.currency(), k.get(0), k.get(1)), w -> new ArrayList<>())
            .add(day);
      }
    }
    bought.forEach(
        (who, days) -> {
          BuyerDays old = new BuyerDays(before.getOrDefault(who, new TreeSet<>()));
          BuyerDays now = old.with(days);
          if (now.days().size() == old.days().size()) {
            return;
          }
          count(deltas, who, old, -1);
          count(deltas, who, now, 1);
          now.days().stream()
              .filter(d -> !old.days().contains(d))
              .forEach(
                  d -> {
                    List<Object> row = new ArrayList<>(who);
                    row.add(d);
                    newDays.add(row);
                  });
        });
    return deltas;
  }

  /** Adds {@code sign} times a buyer's first day and spans under (cut, value, currency). */
  private static void count(
      Map<List<Comparable<?>>, long[]> deltas, List<Object> who, BuyerDays b, long sign) {
    if (b.first() == null) {
      return;
    }
    String currency = (String) who.get(1);
    String cut = (String) who.get(2);
    String value = (String) who.get(3);
    RollupRepository.merge(
        deltas, List.of(cut, value, currency, b.first()), new long[] {0, 0, sign, 0, 0});
    for (BuyerDays.Span s : b.spans()) {
      RollupRepository.merge(
          deltas, List.of(cut, value, currency, s.from()), new long[] {0, 0, 0, sign, 0});
      RollupRepository.merge(
          deltas,
          List.of(cut, value, currency, s.until().plusDays(1)),
          new long[] {0, 0, 0, 0, sign});
    }
  }

  private void insertDays(List<List<Object>> rows) {
    RollupRepository.write(
        dataSource,
        "insert into "
            + BUYERS
            + " (customer_id, currency, cut, cut_value, on_day) values (?, ?, ?, ?, ?)",
        rows,
        (s, row) -> {
          s.setLong(1, (Long) row.get(0));
          s.setString(2, (String) row.get(1));
          s.setString(3, (String) row.get(2));
          s.setString(4, (String) row.get(3));
          s.setDate(5, Date.valueOf((LocalDate) row.get(4)));
        });
  }

  /**
   * Empties the rollup and makes it again from all purchases, a thousand customers at a time in the
   * order of their ids (each customer's purchases together, so its spans are made once).
   */
  public void rebuild() {
    for (String table : List.of(TABLE, BUYERS, LOCKS)) {
      Jdbc.update(dataSource, "delete from " + table, List.of());
    }
    Map<List<Comparable<?>>, long[]> all = RollupRepository.deltas();
    long after = 0;
    while (true) {
      List<Long> customers =
          Jdbc.list(
              dataSource,
              "select distinct customer_id from shared_purchase where customer_id > ?"
                  + " order by customer_id fetch first "
                  + REBUILD_CUSTOMERS
                  + " rows only",
              List.of(after),
              r -> r.getLong(1));
      if (customers.isEmpty()) {
        break;
      }
      after = customers.get(customers.size() - 1);
      List<PurchasesRecorded.Made> rows =
          Jdbc.list(
              dataSource,
              "select customer_id, purchased_at, amount, currency from shared_purchase"
                  + " where customer_id >= ? and customer_id <= ?",
              List.of(customers.get(0), after),
              r ->
                  new PurchasesRecorded.Made(
                      r.getLong(1),
                      Jdbc.instant(r.getObject(2)),
                      r.getBigDecimal(3),
                      r.getString(4)));
      List<List<Object>> newDays = new ArrayList<>();
      deltas(rows, customers, Map.of(), newDays)
          .forEach((k, v) -> RollupRepository.merge(all, k, v));
      insertDays(newDays);
      Jdbc.update(
          dataSource,
          "insert into "
              + LOCKS
              + " (customer_id) select distinct customer_id from shared_purchase"
              + " where customer_id >= ? and customer_id <= ?",
          List.of(customers.get(0), after));
    }
    RollupRepository.insert(dataSource, TABLE, KEYS, MEASURES, all);
    List.of(TABLE, BUYERS, LOCKS).forEach(t -> Jdbc.analyze(dataSource, t));
  }

  /** Makes the rollup when it is empty and purchases exist; answers whether it did. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(dataSource, TABLE, "shared_purchase", this::rebuild);
  }

  /**
   * The running sums of {@code currency} from the first day to each day up to {@code last} (days
   * without purchases, first buyers or span ends left out), of all or one cut's value.
   */
  NavigableMap<LocalDate, Day> runningSums(
      MetricCut cut, String value, String currency, LocalDate last) {
    NavigableMap<LocalDate, Day> running = new TreeMap<>();
    Day sum = Day.NONE;
    for (Map.Entry<LocalDate, long[]> e :
        RollupRepository.byDay(
                dataSource,
                TABLE,
                MEASURES,
                new ReportPeriod(BEGINNING, last),
                cut,
                value,
                currency)
            .entrySet()) {
      sum = sum.plus(Day.of(e.getValue()));
      running.put(e.getKey(), sum);
    }
    return running;
  }

  /** The sums of {@code currency} over {@code period} per value of one cut. */
  Map<String, Day> byValue(ReportPeriod period, MetricCut cut, String currency) {
    Map<String, Day> out = new TreeMap<>();
    RollupRepository.byValue(dataSource, TABLE, MEASURES, period, cut, currency)
        .forEach((v, sums) -> out.put(v, Day.of(sums)));
    return out;
  }

  /** The sums up to {@code last} (from the first day) per value of one cut. */
  Map<String, Day> toDateByValue(LocalDate last, MetricCut cut, String currency) {
    return byValue(new ReportPeriod(BEGINNING, last), cut, currency);
  }
}
