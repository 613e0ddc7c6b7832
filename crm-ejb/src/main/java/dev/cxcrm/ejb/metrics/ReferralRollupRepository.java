package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.ReferralsRecorded;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The daily referral rollup (docs/decisions/0018): per day of the business time zone (by the time
 * of the referral, whatever became of it) the referrals, under ALL and under the referrer's
 * segments, relationship type and owner (the agent cut) as they were when the referral was
 * recorded. It grows in the transaction that records referrals.
 */
@ApplicationScoped
public class ReferralRollupRepository implements DailyRollup<Long> {
  private static final String TABLE = "metric_referral_day";
  private static final List<String> MEASURES = List.of("referrals");
  private static final int REBUILD_PAGE = 5000;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  public void recorded(@Observes ReferralsRecorded event) {
    add(event.rows());
  }

  void add(List<ReferralsRecorded.Made> rows) {
    RollupRepository.add(dataSource, TABLE, FeedbackRollupRepository.KEYS, MEASURES, deltas(rows));
  }

  /** What these referrals add, per key: ALL and the referrer's cut values, on their day. */
  private Map<List<Comparable<?>>, long[]> deltas(List<ReferralsRecorded.Made> rows) {
    Map<Long, List<List<String>>> cuts =
        RollupRepository.customerCuts(
            dataSource, rows.stream().map(ReferralsRecorded.Made::referrerId).toList(), true);
    Map<List<Comparable<?>>, long[]> deltas = RollupRepository.deltas();
    for (ReferralsRecorded.Made r : rows) {
      LocalDate day = r.referredAt().atZone(time.zone()).toLocalDate();
      List<List<String>> keys = new ArrayList<>();
      keys.add(List.of(FeedbackRollupRepository.ALL, ""));
      keys.addAll(cuts.getOrDefault(r.referrerId(), List.of()));
      keys.forEach(k -> RollupRepository.merge(deltas, List.of(k.get(0), k.get(1), day), ONE));
    }
    return deltas;
  }

  private static final long[] ONE = {1};

  /** Empties the rollup and makes it again from all referrals, by pages in the order made. */
  public void rebuild() {
    Jdbc.update(dataSource, "delete from " + TABLE, List.of());
    Map<List<Comparable<?>>, long[]> all = RollupRepository.deltas();
    RollupRepository.inPages(
        dataSource,
        "referrer_id",
        "shared_referral",
        "referred_at",
        REBUILD_PAGE,
        r -> new ReferralsRecorded.Made(r.getLong(1), Jdbc.instant(r.getObject(2))),
        page -> deltas(page).forEach((k, v) -> RollupRepository.merge(all, k, v)));
    RollupRepository.insert(dataSource, TABLE, FeedbackRollupRepository.KEYS, MEASURES, all);
    Jdbc.analyze(dataSource, TABLE);
  }

  /** Makes the rollup when it is empty and referrals exist; answers whether it did. */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(dataSource, TABLE, "shared_referral", this::rebuild);
  }

  /** The period's referrals per day (days without any left out). */
  @Override
  public Map<LocalDate, Long> byDay(ReportPeriod period, MetricCut cut, String value) {
    return counts(RollupRepository.byDay(dataSource, TABLE, MEASURES, period, cut, value, null));
  }

  /** The period's referrals per value of one cut (values without any left out). */
  @Override
  public Map<String, Long> byValue(ReportPeriod period, MetricCut cut) {
    return counts(RollupRepository.byValue(dataSource, TABLE, MEASURES, period, cut, null));
  }

  private static <K> Map<K, Long> counts(Map<K, long[]> sums) {
    Map<K, Long> out = new TreeMap<>();
    sums.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
