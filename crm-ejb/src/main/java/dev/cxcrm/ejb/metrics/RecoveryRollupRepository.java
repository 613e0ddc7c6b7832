package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.feedback.FollowUpRule;
import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.RecoveryCounts;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.FeedbackRecorded;
import dev.cxcrm.ejb.feedback.FollowUpsDone;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The recovery rollup (docs/decisions/0018, V4_11): per cut value and day of the unhappy answer the
 * done follow-ups whose customer's next answer to the same question was better, not better, or not
 * given yet ({@link Recovery}). A follow-up's state changes when it is closed ({@link
 * FollowUpsDone}) and when its customer answers again ({@link FeedbackRecorded}, even with an
 * answer dated before others): {@code metric_recovery} keeps what each follow-up added, and the
 * rollup takes it back and adds what it adds now, in the writing transaction.
 */
@ApplicationScoped
public class RecoveryRollupRepository implements DailyRollup<RecoveryCounts> {
  private static final String TABLE = "metric_recovery_day";
  private static final String STATES = "metric_recovery";
  private static final String CUTS = "metric_recovery_cut";
  private static final String LOCKS = "metric_recovery_lock";
  private static final List<String> MEASURES = List.of("recovered", "not_recovered", "pending");
  private static final List<String> ORDER = List.of("RECOVERED", "NOT_RECOVERED", "PENDING");
  private static final int REBUILD_PAGE = 5000;

  /** The next answer of the same customer to one question, after the unhappy one. */
  private static final String NEXT =
      "(select n.%1$s from shared_feedback n where n.customer_id = f.customer_id"
          + " and n.%2$s is not null and (n.received_at > f.received_at"
          + " or (n.received_at = f.received_at and n.id > f.id))"
          + " order by n.received_at, n.id fetch first 1 rows only)";

  private static final String DONE =
      "select u.id, f.customer_id, f.received_at, f.nps, f.csat, f.csat_scale, f.stage,"
          + " f.touchpoint_id, f.channel, f.agent, "
          + NEXT.formatted("nps", "nps")
          + ", "
          + NEXT.formatted("csat", "csat")
          + ", "
          + NEXT.formatted("csat_scale", "csat")
          + " from shared_follow_up u join shared_feedback f on f.id = u.feedback_id"
          + " where u.status = 'DONE' and ";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /** A done follow-up as the rollup counts it: its answer's day, its state and its own cuts. */
  record Counted(long id, long customerId, LocalDate day, String state, List<List<String>> own) {}

  public void done(@Observes FollowUpsDone event) {
    update(event.ids());
  }

  /** A customer's new answer may be the next answer of a followed-up one. */
  public void recorded(@Observes FeedbackRecorded event) {
    List<Long> customers =
        event.rows().stream().map(r -> r.customerId()).distinct().sorted().toList();
    // Locked before the follow-ups are listed: a follow-up of theirs closed by a transaction not
    // yet committed is then counted by that transaction, after this one's answer is visible.
    RollupRepository.lock(dataSource, LOCKS, customers);
    List<Long> ids = new ArrayList<>();
    Jdbc.selectIn(
        dataSource,
        "select id from shared_follow_up where status = 'DONE' and customer_id in",
        customers,
        r -> ids.add(r.getLong(1)));
    update(ids);
  }

  void update(List<Long> ids) {
    List<Long> sorted = ids.stream().distinct().sorted().toList();
    if (sorted.isEmpty()) {
      return;
    }
    List<Long> customers = new ArrayList<>();
    Jdbc.selectIn(
        dataSource,
        "select customer_id from shared_follow_up where id in",
        sorted,
        r -> customers.add(r.getLong(1)));
    RollupRepository.lock(dataSource, LOCKS, customers);
    Map<Long, Counted> now = new HashMap<>();
    Jdbc.selectIn(dataSource, DONE + "u.id in", sorted, r -> now.put(r.getLong(1), counted(r)));
    Map<Long, Counted> before =
        Jdbc.byId(
            dataSource,
            "select follow_up_id, customer_id, on_day, state from "
                + STATES
                + " where follow_up_id in",
            sorted,
            r ->
                new Counted(
                    r.getLong(1),
                    r.getLong(2),
                    r.getDate(3).toLocalDate(),
                    r.getString(4),
                    List.of()));
    Map<Long, List<List<String>>> cuts =
        RollupRepository.keptCuts(dataSource, CUTS, "follow_up_id", sorted);
    cuts.putAll(keepCuts(now.values().stream().filter(c -> !before.containsKey(c.id())).toList()));
    Map<List<Comparable<?>>, long[]> deltas = RollupRepository.deltas();
    RollupRepository.recount(
        sorted, before, now, cuts, (c, kept, sign) -> count(c, kept, sign, deltas));
    RollupRepository.forget(dataSource, STATES, "follow_up_id", sorted);
    keep(now.values());
    RollupRepository.add(dataSource, TABLE, FeedbackRollupRepository.KEYS, MEASURES, deltas);
  }

  private Counted counted(ResultSet r) throws SQLException {
    Integer nps = Jdbc.integer(r, 4);
    Recovery.Case c =
        nps != null && nps <= FollowUpRule.NPS_DETRACTOR_MAX
            ? new Recovery.Case(nps, Scores.NPS_MIN, Scores.NPS_MAX, Jdbc.integer(r, 11), 10)
            : new Recovery.Case(
                r.getInt(5), 1, r.getInt(6), Jdbc.integer(r, 12), Jdbc.integer(r, 13));
    String state = c.nextScore() == null ? "PENDING" : c.better() ? "RECOVERED" : "NOT_RECOVERED";
    String touchpoint = Jdbc.longOrNull(r, 8) == null ? null : Jdbc.longOrNull(r, 8).toString();
    return new Counted(
        r.getLong(1),
        r.getLong(2),
        Jdbc.instant(r.getObject(3)).atZone(time.zone()).toLocalDate(),
        state,
        FeedbackRollupRepository.ownCuts(
            r.getString(7), touchpoint, r.getString(9), r.getString(10)));
  }

  /** The answer's own cuts and its customer's segments and type now, kept from now on. */
  private Map<Long, List<List<String>>> keepCuts(Collection<Counted> fresh) {
    Map<Long, List<List<String>>> customers =
        RollupRepository.customerCuts(
            dataSource, fresh.stream().map(Counted::customerId).distinct().toList(), false);
    Map<Long, List<List<String>>> out = new HashMap<>();
    for (Counted c : fresh) {
      List<List<String>> all = new ArrayList<>(customers.getOrDefault(c.customerId(), List.of()));
      all.addAll(c.own());
      out.put(c.id(), all);
    }
    RollupRepository.keepCuts(dataSource, CUTS, "follow_up_id", out);
    return out;
  }

  private void keep(Collection<Counted> counted) {
    RollupRepository.write(
        dataSource,
        "insert into " + STATES + " (follow_up_id, customer_id, on_day, state) values (?, ?, ?, ?)",
        counted,
        (s, c) -> {
          s.setLong(1, c.id());
          s.setLong(2, c.customerId());
          s.setDate(3, Date.valueOf(c.day()));
          s.setString(4, c.state());
        });
  }

  /** Adds {@code sign} times a follow-up's state on its day under ALL and its cuts. */
  private static void count(
      Counted c, List<List<String>> cuts, long sign, Map<List<Comparable<?>>, long[]> deltas) {
    long[] delta = new long[MEASURES.size()];
    delta[ORDER.indexOf(c.state())] = sign;
    RollupRepository.merge(deltas, List.of(FeedbackRollupRepository.ALL, "", c.day()), delta);
    cuts.forEach(k -> RollupRepository.merge(deltas, List.of(k.get(0), k.get(1), c.day()), delta));
  }

  /** Empties the rollup and makes it again from all done follow-ups, by pages of their ids. */
  public void rebuild() {
    for (String table : List.of(TABLE, STATES, CUTS, LOCKS)) {
      Jdbc.update(dataSource, "delete from " + table, List.of());
    }
    Map<List<Comparable<?>>, long[]> all = RollupRepository.deltas();
    RollupRepository.inIdPages(
        dataSource,
        DONE,
        "u.id",
        REBUILD_PAGE,
        this::counted,
        Counted::id,
        page -> countAgain(page, all));
    RollupRepository.insert(dataSource, TABLE, FeedbackRollupRepository.KEYS, MEASURES, all);
    List.of(TABLE, STATES, CUTS).forEach(t -> Jdbc.analyze(dataSource, t));
  }

  /** Counts a page of done follow-ups while the rollup is made again, and keeps what they add. */
  private void countAgain(List<Counted> page, Map<List<Comparable<?>>, long[]> all) {
    Map<Long, List<List<String>>> cuts = keepCuts(page);
    keep(page);
    page.forEach(c -> count(c, cuts.get(c.id()), 1, all));
  }

  /** Makes the rollup when it is empty and done follow-ups exist; answers whether it did. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(
        dataSource, STATES, "shared_follow_up where status = 'DONE'", this::rebuild);
  }

  @Override
  public Map<LocalDate, RecoveryCounts> byDay(ReportPeriod period, MetricCut cut, String value) {
    return counts(RollupRepository.byDay(dataSource, TABLE, MEASURES, period, cut, value, null));
  }

  @Override
  public Map<String, RecoveryCounts> byValue(ReportPeriod period, MetricCut cut) {
    return counts(RollupRepository.byValue(dataSource, TABLE, MEASURES, period, cut, null));
  }

  private static <K> Map<K, RecoveryCounts> counts(Map<K, long[]> sums) {
    Map<K, RecoveryCounts> out = new TreeMap<>();
    sums.forEach((k, v) -> out.put(k, new RecoveryCounts(v[0], v[1], v[2])));
    return out;
  }
}
