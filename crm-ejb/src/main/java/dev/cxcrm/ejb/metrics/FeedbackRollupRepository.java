package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.ScaleTally;
import dev.cxcrm.domain.shared.AnswerScale;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.FeedbackRecorded;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The daily feedback rollup (docs/decisions/0018): per day of the business time zone and per value
 * of each cut, the counts and sums the calculators need ({@link FeedbackCounts}). It grows in the
 * transaction that records feedback, so it always equals the feedback it summarises; {@link
 * #rebuild()} makes it again from all feedback (after a bulk load that wrote the table directly).
 * Reading sums the rows of one cut over a range of days, along its primary key.
 */
@ApplicationScoped
public class FeedbackRollupRepository implements DailyRollup<FeedbackCounts> {
  /** The cut of the rows that count everything; its value is empty. */
  static final String ALL = "ALL";

  private static final String MEASURES =
      "promoters, passives, detractors, csat5_n, csat5_hits, csat5_sum, csat7_n, csat7_hits,"
          + " csat7_sum, ces5_n, ces5_low, ces5_sum, ces7_n, ces7_low, ces7_sum, reviews, stars";
  private static final String TABLE = "metric_feedback_day";
  static final List<String> KEYS = List.of("cut", "cut_value", "on_day");
  private static final int REBUILD_PAGE = 5000;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /** What one piece of feedback brings to the rollup, and what its cuts are. */
  record Scored(
      long customerId,
      Instant receivedAt,
      FeedbackCounts counts,
      JourneyStage stage,
      Long touchpointId,
      Channel channel,
      String agent) {
    static Scored of(FeedbackDraft d) {
      Scores s = d.scores();
      return new Scored(
          d.customerId(),
          d.receivedAt(),
          FeedbackCounts.of(s.nps(), s.csat(), s.csatScale(), s.ces(), s.cesScale(), d.stars()),
          d.stage(),
          d.touchpointId(),
          d.channel(),
          d.agent());
    }
  }

  public void recorded(@Observes FeedbackRecorded event) {
    add(event.rows().stream().map(Scored::of).toList());
  }

  /** Adds these pieces of feedback to the rollup. */
  void add(List<Scored> rows) {
    RollupRepository.add(dataSource, TABLE, KEYS, measures(), deltas(rows));
  }

  /**
   * Empties the rollup and makes it again from all feedback, a page of rows at a time in the order
   * they were received (so a page touches few days, and few rollup rows), each page found by a seek
   * on {@code feedback_received_idx} from where the last one ended.
   */
  public void rebuild() {
    rebuild(REBUILD_PAGE);
  }

  /** {@link #rebuild()} by pages of {@code pageSize} rows (tests use small ones). */
  public void rebuild(int pageSize) {
    Jdbc.update(dataSource, "delete from " + TABLE, List.of());
    Map<List<Comparable<?>>, long[]> all = RollupRepository.deltas();
    RollupRepository.inPages(
        dataSource,
        "customer_id, nps, csat, csat_scale, ces, ces_scale, stars, stage, touchpoint_id, channel,"
            + " agent",
        "shared_feedback",
        "received_at",
        pageSize,
        r ->
            new Scored(
                r.getLong(1),
                Jdbc.instant(r.getObject(12)),
                FeedbackCounts.of(
                    Jdbc.integer(r, 2),
                    Jdbc.integer(r, 3),
                    Jdbc.integer(r, 4),
                    Jdbc.integer(r, 5),
                    Jdbc.integer(r, 6),
                    Jdbc.integer(r, 7)),
                r.getString(8) == null ? null : JourneyStage.valueOf(r.getString(8)),
                Jdbc.longOrNull(r, 9),
                r.getString(10) == null ? null : Channel.valueOf(r.getString(10)),
                r.getString(11)),
        page -> deltas(page).forEach((k, v) -> RollupRepository.merge(all, k, v)));
    RollupRepository.insert(dataSource, TABLE, KEYS, measures(), all);
    Jdbc.analyze(dataSource, TABLE);
  }

  /**
   * Makes the rollup when it is empty and there is feedback: the first start after the upgrade that
   * added it. Answers whether it did.
   */
  public boolean fillIfEmpty() {
    return RollupRepository.fillIfEmpty(dataSource, TABLE, "shared_feedback", this::rebuild);
  }

  /** The rows' counts summed per key: ALL, and each cut's value where the feedback has one. */
  private Map<List<Comparable<?>>, long[]> deltas(List<Scored> all) {
    List<Scored> rows = all.stream().filter(r -> !r.counts().isEmpty()).toList();
    Map<Long, List<List<String>>> cuts =
        RollupRepository.customerCuts(
            dataSource, rows.stream().map(Scored::customerId).toList(), false);
    Map<List<Comparable<?>>, long[]> out = RollupRepository.deltas();
    for (Scored s : rows) {
      LocalDate day = s.receivedAt().atZone(time.zone()).toLocalDate();
      List<List<Comparable<?>>> keys = new ArrayList<>();
      keys.add(List.of(ALL, "", day));
      for (List<String> cut : cuts.getOrDefault(s.customerId(), List.of())) {
        keys.add(List.of(cut.get(0), cut.get(1), day));
      }
      for (List<String> cut :
          ownCuts(
              s.stage() == null ? null : s.stage().name(),
              s.touchpointId() == null ? null : s.touchpointId().toString(),
              s.channel() == null ? null : s.channel().name(),
              s.agent())) {
        keys.add(List.of(cut.get(0), cut.get(1), day));
      }
      long[] counts = values(s.counts());
      keys.forEach(k -> RollupRepository.merge(out, k, counts));
    }
    return out;
  }

  /**
   * The cuts a piece of feedback has itself, as (cut, value) where it has one: its stage,
   * touchpoint, channel and agent.
   */
  static List<List<String>> ownCuts(
      String stage, String touchpointId, String channel, String agent) {
    List<List<String>> cuts = new ArrayList<>();
    String[] values = {stage, touchpointId, channel, agent};
    MetricCut[] names = {MetricCut.STAGE, MetricCut.TOUCHPOINT, MetricCut.CHANNEL, MetricCut.AGENT};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        cuts.add(List.of(names[i].name(), values[i]));
      }
    }
    return cuts;
  }

  private static long[] values(FeedbackCounts c) {
    return new long[] {
      c.promoters(),
      c.passives(),
      c.detractors(),
      c.csat5().n(),
      c.csat5().hits(),
      c.csat5().sum(),
      c.csat7().n(),
      c.csat7().hits(),
      c.csat7().sum(),
      c.ces5().n(),
      c.ces5().hits(),
      c.ces5().sum(),
      c.ces7().n(),
      c.ces7().hits(),
      c.ces7().sum(),
      c.reviews(),
      c.stars()
    };
  }

  // --- reading ------------------------------------------------------------------------------

  /**
   * The period's counts per day (days without feedback left out), of everything or of one cut's
   * value.
   */
  @Override
  public Map<LocalDate, FeedbackCounts> byDay(ReportPeriod period, MetricCut cut, String value) {
    return counts(RollupRepository.byDay(dataSource, TABLE, measures(), period, cut, value, null));
  }

  /** The period's counts per value of one cut (values without feedback left out). */
  @Override
  public Map<String, FeedbackCounts> byValue(ReportPeriod period, MetricCut cut) {
    return counts(RollupRepository.byValue(dataSource, TABLE, measures(), period, cut, null));
  }

  private static List<String> measures() {
    return List.of(MEASURES.split(", "));
  }

  private static <K> Map<K, FeedbackCounts> counts(Map<K, long[]> sums) {
    Map<K, FeedbackCounts> out = new TreeMap<>();
    sums.forEach((k, v) -> out.put(k, counts(v)));
    return out;
  }

  private static FeedbackCounts counts(long[] v) {
    return new FeedbackCounts(
        v[0],
        v[1],
        v[2],
        tally(AnswerScale.FIVE, v, 3),
        tally(AnswerScale.SEVEN, v, 6),
        tally(AnswerScale.FIVE, v, 9),
        tally(AnswerScale.SEVEN, v, 12),
        v[15],
        v[16]);
  }

  /** A tally stored as (n, hits, sum) from position {@code at}. */
  private static ScaleTally tally(AnswerScale s, long[] v, int at) {
    return new ScaleTally(s, v[at + 1], v[at], v[at + 2]);
  }
}
