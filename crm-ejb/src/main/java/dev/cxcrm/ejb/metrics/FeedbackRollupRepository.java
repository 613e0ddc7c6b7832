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
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The daily feedback rollup (docs/decisions/0018): per day of the business time zone and per value
 * of each cut, the counts and sums the calculators need ({@link FeedbackCounts}). It grows in the
 * transaction that records feedback, so it always equals the feedback it summarises; {@link
 * #rebuild()} makes it again from all feedback (after a bulk load that wrote the table directly).
 * Reading sums the rows of one cut over a range of days, along its primary key.
 */
@ApplicationScoped
public class FeedbackRollupRepository {
  /** The cut of the rows that count everything; its value is empty. */
  static final String ALL = "ALL";

  private static final String MEASURES =
      "promoters, passives, detractors, csat5_n, csat5_hits, csat5_sum, csat7_n, csat7_hits,"
          + " csat7_sum, ces5_n, ces5_low, ces5_sum, ces7_n, ces7_low, ces7_sum, reviews, stars";
  private static final int MEASURE_COUNT = 17;
  private static final int REBUILD_PAGE = 5000;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  @Inject TimeSource time;

  /** One row's key: a cut (or ALL), its value, and a day. Ordered, so writers lock in one order. */
  record Key(String cut, String value, LocalDate day) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::cut).thenComparing(Key::value).thenComparing(Key::day);

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
    List<Scored> counted = rows.stream().filter(r -> !r.counts().isEmpty()).toList();
    if (!counted.isEmpty()) {
      write(deltas(counted));
    }
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
    Jdbc.update(dataSource, "delete from metric_feedback_day", List.of());
    Instant afterAt = Instant.EPOCH.minusSeconds(1);
    long afterId = 0;
    while (true) {
      List<Instant> at = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      List<Scored> page =
          Jdbc.list(
              dataSource,
              "select id, customer_id, received_at, nps, csat, csat_scale, ces, ces_scale, stars,"
                  + " stage, touchpoint_id, channel, agent from shared_feedback"
                  + " where (received_at, id) > (?, ?)"
                  + " order by received_at, id fetch first "
                  + pageSize
                  + " rows only",
              List.of(Jdbc.time(afterAt), afterId),
              r -> {
                ids.add(r.getLong(1));
                at.add(Jdbc.instant(r.getObject(3)));
                return new Scored(
                    r.getLong(2),
                    at.get(at.size() - 1),
                    FeedbackCounts.of(
                        Jdbc.integer(r, 4),
                        Jdbc.integer(r, 5),
                        Jdbc.integer(r, 6),
                        Jdbc.integer(r, 7),
                        Jdbc.integer(r, 8),
                        Jdbc.integer(r, 9)),
                    r.getString(10) == null ? null : JourneyStage.valueOf(r.getString(10)),
                    Jdbc.longOrNull(r, 11),
                    r.getString(12) == null ? null : Channel.valueOf(r.getString(12)),
                    r.getString(13));
              });
      if (page.isEmpty()) {
        Jdbc.analyze(dataSource, "metric_feedback_day");
        return;
      }
      add(page);
      afterAt = at.get(at.size() - 1);
      afterId = ids.get(ids.size() - 1);
    }
  }

  /**
   * Makes the rollup when it is empty and there is feedback: the first start after the upgrade that
   * added it. Answers whether it did.
   */
  public boolean fillIfEmpty() {
    boolean empty =
        Jdbc.list(
                    dataSource,
                    "select count(*) from metric_feedback_day",
                    List.of(),
                    r -> r.getLong(1))
                .get(0)
            == 0;
    boolean feedback =
        !Jdbc.list(
                dataSource,
                "select id from shared_feedback fetch first 1 rows only",
                List.of(),
                r -> r.getLong(1))
            .isEmpty();
    if (empty && feedback) {
      rebuild();
      return true;
    }
    return false;
  }

  /** The rows' counts summed per key: ALL, and each cut's value where the feedback has one. */
  private Map<Key, FeedbackCounts> deltas(List<Scored> rows) {
    Collection<Long> customers = rows.stream().map(Scored::customerId).toList();
    Map<Long, String> types = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select id, relationship_type from shared_customer where id in",
        customers,
        r -> types.put(r.getLong(1), r.getString(2)));
    Map<Long, Set<String>> segments = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select customer_id, label from shared_customer_segment where customer_id in",
        customers,
        r -> segments.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getString(2)));
    Map<Key, FeedbackCounts> out = new TreeMap<>(ORDER);
    for (Scored s : rows) {
      LocalDate day = s.receivedAt().atZone(time.zone()).toLocalDate();
      List<Key> keys = new ArrayList<>();
      keys.add(new Key(ALL, "", day));
      addKey(keys, MetricCut.RELATIONSHIP_TYPE, types.get(s.customerId()), day);
      for (String segment : segments.getOrDefault(s.customerId(), Set.of())) {
        addKey(keys, MetricCut.SEGMENT, segment, day);
      }
      addKey(keys, MetricCut.STAGE, s.stage() == null ? null : s.stage().name(), day);
      addKey(
          keys,
          MetricCut.TOUCHPOINT,
          s.touchpointId() == null ? null : s.touchpointId().toString(),
          day);
      addKey(keys, MetricCut.CHANNEL, s.channel() == null ? null : s.channel().name(), day);
      addKey(keys, MetricCut.AGENT, s.agent(), day);
      keys.forEach(k -> out.merge(k, s.counts(), FeedbackCounts::plus));
    }
    return out;
  }

  private static void addKey(List<Key> keys, MetricCut cut, String value, LocalDate day) {
    if (value != null) {
      keys.add(new Key(cut.name(), value, day));
    }
  }

  /**
   * Adds the deltas to their rows: each missing row made empty first (a concurrent writer's row is
   * left as it is), then every row incremented in key order, so two writers never wait on each
   * other in a circle.
   */
  private void write(Map<Key, FeedbackCounts> deltas) {
    String zeros = String.join(", ", Collections.nCopies(MEASURE_COUNT, "0"));
    StringBuilder increments = new StringBuilder();
    for (String m : MEASURES.split(", ")) {
      increments.append(increments.length() == 0 ? "" : ", ").append(m).append(" = ").append(m);
      increments.append(" + ?");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement make =
            c.prepareStatement(
                "insert into metric_feedback_day (cut, cut_value, on_day, "
                    + MEASURES
                    + ") values (?, ?, ?, "
                    + zeros
                    + ") on conflict do nothing");
        PreparedStatement add =
            c.prepareStatement(
                "update metric_feedback_day set "
                    + increments
                    + " where cut = ? and cut_value = ? and on_day = ?")) {
      for (Key k : deltas.keySet()) {
        bindKey(make, 1, k);
        make.addBatch();
      }
      make.executeBatch();
      for (Map.Entry<Key, FeedbackCounts> e : deltas.entrySet()) {
        int p = 1;
        for (long v : values(e.getValue())) {
          add.setLong(p++, v);
        }
        bindKey(add, p, e.getKey());
        add.addBatch();
      }
      add.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Adding to the feedback rollup failed", e);
    }
  }

  private static void bindKey(PreparedStatement s, int from, Key k) throws SQLException {
    s.setString(from, k.cut());
    s.setString(from + 1, k.value());
    s.setDate(from + 2, Date.valueOf(k.day()));
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
  Map<LocalDate, FeedbackCounts> byDay(ReportPeriod period, MetricCut cut, String value) {
    return sums(
        "on_day", period, cut, value, r -> r.getDate(1).toLocalDate(), LocalDate::compareTo);
  }

  /** The period's counts per value of one cut (values without feedback left out). */
  Map<String, FeedbackCounts> byValue(ReportPeriod period, MetricCut cut) {
    return sums("cut_value", period, cut, null, r -> r.getString(1), String::compareTo);
  }

  private <K> Map<K, FeedbackCounts> sums(
      String group,
      ReportPeriod period,
      MetricCut cut,
      String value,
      Jdbc.Row<K> key,
      Comparator<K> order) {
    StringBuilder sums = new StringBuilder();
    for (String m : MEASURES.split(", ")) {
      sums.append(", sum(").append(m).append(")");
    }
    boolean oneValue = cut == null || value != null;
    List<Object> params = new ArrayList<>();
    params.add(cut == null ? ALL : cut.name());
    if (oneValue) {
      params.add(cut == null ? "" : value);
    }
    params.add(Date.valueOf(period.from()));
    params.add(Date.valueOf(period.to()));
    Map<K, FeedbackCounts> out = new TreeMap<>(order);
    Jdbc.list(
            dataSource,
            "select "
                + group
                + sums
                + " from metric_feedback_day where cut = ?"
                + (oneValue ? " and cut_value = ?" : "")
                + " and on_day >= ? and on_day <= ? group by "
                + group,
            params,
            r -> Map.entry(key.read(r), counts(r, 2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static FeedbackCounts counts(ResultSet r, int from) throws SQLException {
    long[] v = new long[MEASURE_COUNT];
    for (int i = 0; i < MEASURE_COUNT; i++) {
      v[i] = r.getLong(from + i);
    }
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
