package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.CaseCounts;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.interaction.CasesChanged;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The case rollup of the resolution and first-contact resolution rates (docs/decisions/0018,
 * V4_10): per cut value and day of the business time zone the cases opened, resolved and resolved
 * at first contact, and the resolved cases by (day opened, day resolved). The cases count as they
 * stand now: {@code metric_case} keeps what each case added, so that a change (resolved, reopened,
 * another owner, another first channel) takes it back and adds what the case adds now, in the
 * transaction of the change ({@link CasesChanged}). The customer's segments and relationship type
 * are those of the moment the case was first counted ({@code metric_case_cut}).
 */
@ApplicationScoped
public class CaseRollupRepository implements PeriodRollup<CaseCounts> {
  private static final String DAYS = "metric_case_day";
  private static final String RESOLVED = "metric_case_resolved";
  private static final String CASES = "metric_case";
  private static final String CUTS = "metric_case_cut";
  private static final List<String> DAY_MEASURES = List.of("opened", "resolved", "first_contact");
  private static final List<String> RESOLVED_KEYS =
      List.of("cut", "cut_value", "opened_day", "resolved_day");
  private static final List<String> RESOLVED_MEASURES = List.of("cases");
  private static final String CASE_COLUMNS =
      "id, customer_id, opened_at, resolved_at, first_contact_resolution, first_inbound_channel,"
          + " owner";
  private static final int REBUILD_PAGE = 5000;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /** A case as the rollup counts it: its days in the business zone, flag, channel and owner. */
  record Counted(
      long id,
      long customerId,
      LocalDate opened,
      LocalDate resolved,
      boolean firstContact,
      String channel,
      String owner) {}

  public void changed(@Observes CasesChanged event) {
    update(event.ids());
  }

  void update(List<Long> ids) {
    List<Long> sorted = ids.stream().distinct().sorted().toList();
    if (sorted.isEmpty()) {
      return;
    }
    Map<Long, Counted> now = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select " + CASE_COLUMNS + " from shared_case where id in",
        sorted,
        r -> now.put(r.getLong(1), counted(r)));
    Map<Long, Counted> before =
        Jdbc.byId(
            dataSource,
            "select case_id, opened_day, resolved_day, first_contact, channel, owner from "
                + CASES
                + " where case_id in",
            sorted,
            r ->
                new Counted(
                    r.getLong(1),
                    0,
                    r.getDate(2).toLocalDate(),
                    r.getDate(3) == null ? null : r.getDate(3).toLocalDate(),
                    r.getBoolean(4),
                    r.getString(5),
                    r.getString(6)));
    Map<Long, List<List<String>>> cuts =
        RollupRepository.keptCuts(dataSource, CUTS, "case_id", sorted);
    cuts.putAll(keepCuts(now.values().stream().filter(c -> !before.containsKey(c.id())).toList()));
    Map<List<Comparable<?>>, long[]> days = RollupRepository.deltas();
    Map<List<Comparable<?>>, long[]> resolved = RollupRepository.deltas();
    RollupRepository.recount(
        sorted, before, now, cuts, (c, kept, sign) -> count(c, kept, sign, days, resolved));
    RollupRepository.forget(dataSource, CASES, "case_id", sorted);
    keep(now.values());
    RollupRepository.add(dataSource, DAYS, FeedbackRollupRepository.KEYS, DAY_MEASURES, days);
    RollupRepository.add(dataSource, RESOLVED, RESOLVED_KEYS, RESOLVED_MEASURES, resolved);
  }

  private Counted counted(java.sql.ResultSet r) throws SQLException {
    Instant resolvedAt = r.getObject(4) == null ? null : Jdbc.instant(r.getObject(4));
    return new Counted(
        r.getLong(1),
        r.getLong(2),
        day(Jdbc.instant(r.getObject(3))),
        resolvedAt == null ? null : day(resolvedAt),
        Boolean.TRUE.equals(r.getObject(5)),
        r.getString(6),
        r.getString(7));
  }

  private LocalDate day(Instant at) {
    return at.atZone(time.zone()).toLocalDate();
  }

  /** The customers' segments and relationship type now, kept as the cases' cuts from now on. */
  private Map<Long, List<List<String>>> keepCuts(Collection<Counted> cases) {
    Map<Long, List<List<String>>> byCustomer =
        RollupRepository.customerCuts(
            dataSource, cases.stream().map(Counted::customerId).distinct().toList(), false);
    Map<Long, List<List<String>>> out = new HashMap<>();
    cases.forEach(c -> out.put(c.id(), byCustomer.getOrDefault(c.customerId(), List.of())));
    RollupRepository.keepCuts(dataSource, CUTS, "case_id", out);
    return out;
  }

  private void keep(Collection<Counted> cases) {
    RollupRepository.write(
        dataSource,
        "insert into "
            + CASES
            + " (case_id, opened_day, resolved_day, first_contact, channel, owner)"
            + " values (?, ?, ?, ?, ?, ?)",
        cases,
        (s, c) -> {
          s.setLong(1, c.id());
          s.setDate(2, Date.valueOf(c.opened()));
          s.setDate(3, c.resolved() == null ? null : Date.valueOf(c.resolved()));
          s.setBoolean(4, c.firstContact());
          s.setString(5, c.channel());
          s.setString(6, c.owner());
        });
  }

  /**
   * Adds {@code sign} times what a case counts under ALL, its kept cuts, its channel and its owner:
   * opened on its day; resolved (and at first contact) on its resolved day, and the pair of days.
   */
  private static void count(
      Counted c,
      List<List<String>> cuts,
      long sign,
      Map<List<Comparable<?>>, long[]> days,
      Map<List<Comparable<?>>, long[]> resolved) {
    List<List<String>> keys = new ArrayList<>();
    keys.add(List.of(FeedbackRollupRepository.ALL, ""));
    keys.addAll(cuts);
    if (c.channel() != null) {
      keys.add(List.of(MetricCut.CHANNEL.name(), c.channel()));
    }
    if (c.owner() != null) {
      keys.add(List.of(MetricCut.AGENT.name(), c.owner()));
    }
    for (List<String> k : keys) {
      RollupRepository.merge(
          days, List.of(k.get(0), k.get(1), c.opened()), new long[] {sign, 0, 0});
      if (c.resolved() != null) {
        RollupRepository.merge(
            days,
            List.of(k.get(0), k.get(1), c.resolved()),
            new long[] {0, sign, c.firstContact() ? sign : 0});
        RollupRepository.merge(
            resolved, List.of(k.get(0), k.get(1), c.opened(), c.resolved()), new long[] {sign});
      }
    }
  }

  /** Empties the rollup and makes it again from all cases, by pages in the order of their ids. */
  public void rebuild() {
    for (String table : List.of(DAYS, RESOLVED, CASES, CUTS)) {
      Jdbc.update(dataSource, "delete from " + table, List.of());
    }
    Map<List<Comparable<?>>, long[]> days = RollupRepository.deltas();
    Map<List<Comparable<?>>, long[]> resolved = RollupRepository.deltas();
    RollupRepository.inIdPages(
        dataSource,
        "select " + CASE_COLUMNS + " from shared_case where",
        "id",
        REBUILD_PAGE,
        this::counted,
        Counted::id,
        page -> {
          Map<Long, List<List<String>>> cuts = keepCuts(page);
          keep(page);
          page.forEach(c -> count(c, cuts.get(c.id()), 1, days, resolved));
        });
    RollupRepository.insert(dataSource, DAYS, FeedbackRollupRepository.KEYS, DAY_MEASURES, days);
    RollupRepository.insert(dataSource, RESOLVED, RESOLVED_KEYS, RESOLVED_MEASURES, resolved);
    List.of(DAYS, RESOLVED, CASES, CUTS).forEach(t -> Jdbc.analyze(dataSource, t));
  }

  /** Makes the rollup when it is empty and cases exist; answers whether it did. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(dataSource, CASES, "shared_case", this::rebuild);
  }

  /**
   * The counts of each period, of all or one cut's value: two aggregates over the periods joined as
   * a list of values (days in the period; resolved pairs opened in it and resolved by its end), so
   * that a trend of many groups is still two statements, each a range of the primary key per group.
   */
  @Override
  public List<CaseCounts> counts(List<ReportPeriod> periods, MetricCut cut, String value) {
    return counts(periods, cut, value, true);
  }

  /** The period's counts per value of one cut (values without cases left out). */
  @Override
  public Map<String, CaseCounts> byValue(ReportPeriod period, MetricCut cut) {
    return byValue(period, cut, true);
  }

  /**
   * The rollup read without the resolved pairs, its counts' {@code resolvedByEnd} left at 0: the
   * first-contact resolution rate needs only the cases resolved and resolved at first contact,
   * which the days hold, and the pairs are most of what a year costs.
   */
  PeriodRollup<CaseCounts> withoutResolvedByEnd() {
    return PeriodRollup.of(
        (p, cut, v) -> counts(p, cut, v, false), (p, cut) -> byValue(p, cut, false));
  }

  private List<CaseCounts> counts(
      List<ReportPeriod> periods, MetricCut cut, String value, boolean byEnd) {
    List<Object> params = new ArrayList<>();
    String over = RollupRepository.over(periods, cut, value, params);
    long[][] sums = new long[periods.size()][4];
    Jdbc.list(
            dataSource,
            "select p.k, sum(d.opened), sum(d.resolved), sum(d.first_contact)"
                + over
                + DAYS
                + " d on d.cut = ? and d.cut_value = ? and d.on_day >= p.lo and d.on_day <= p.hi"
                + " group by p.k",
            params,
            r -> new long[] {r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4)})
        .forEach(
            r -> {
              sums[(int) r[0]][0] = r[1];
              sums[(int) r[0]][2] = r[2];
              sums[(int) r[0]][3] = r[3];
            });
    if (byEnd) {
      Jdbc.list(
              dataSource,
              "select p.k, sum(r.cases)"
                  + over
                  + RESOLVED
                  + " r on r.cut = ? and r.cut_value = ? and r.opened_day >= p.lo"
                  + " and r.opened_day <= p.hi and r.resolved_day <= p.hi group by p.k",
              params,
              r -> new long[] {r.getInt(1), r.getLong(2)})
          .forEach(r -> sums[(int) r[0]][1] = r[1]);
    }
    List<CaseCounts> out = new ArrayList<>();
    for (long[] c : sums) {
      out.add(new CaseCounts(c[0], c[1], c[2], c[3]));
    }
    return out;
  }

  private Map<String, CaseCounts> byValue(ReportPeriod period, MetricCut cut, boolean byEnd) {
    Map<String, long[]> days =
        RollupRepository.byValue(dataSource, DAYS, DAY_MEASURES, period, cut, null);
    Map<String, Long> resolvedByEnd = new HashMap<>();
    if (byEnd) {
      Jdbc.list(
              dataSource,
              "select cut_value, sum(cases) from "
                  + RESOLVED
                  + " where cut = ? and opened_day >= ? and opened_day <= ? and resolved_day <= ?"
                  + " group by cut_value",
              List.of(
                  cut.name(),
                  Date.valueOf(period.from()),
                  Date.valueOf(period.to()),
                  Date.valueOf(period.to())),
              r -> Map.entry(r.getString(1), r.getLong(2)))
          .forEach(e -> resolvedByEnd.put(e.getKey(), e.getValue()));
    }
    Map<String, CaseCounts> out = new TreeMap<>();
    days.forEach(
        (v, d) -> out.put(v, new CaseCounts(d[0], resolvedByEnd.getOrDefault(v, 0L), d[1], d[2])));
    return out;
  }
}
