package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.metrics.FeedbackRollupRepository;
import dev.cxcrm.ejb.metrics.MetricFigures;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rollup equals the raw computation: random feedback (every score on both scales, reviews,
 * answers at the edges of days in Tokyo, customers in several segments) recorded in batches; then
 * for random periods, everything and every cut's every value, alone, grouped by month and grouped
 * by cut, the rollup's counts are those of the matching feedback counted one by one. After a
 * rebuild, the same again.
 */
class FeedbackRollupOnH2Test {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final int DAYS = 200;
  private static final List<String> AGENTS = List.of("tanaka", "sato", "suzuki");
  private static final List<String> SEGMENTS = List.of("東京", "法人", "VIP");

  private static H2Jpa db;
  private static FeedbackRollupRepository rollup;
  private static MetricService metrics;
  private static final Map<Long, RelationshipType> types = new HashMap<>();
  private static final Map<Long, Set<String>> segments = new HashMap<>();
  private static final List<FeedbackDraft> recorded = new ArrayList<>();

  @BeforeAll
  static void data() {
    db = H2Jpa.open("rollup");
    AGENTS.forEach(a -> db.user(a, "AGENT"));
    rollup = wire(new FeedbackRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup);
    Random random = new Random(20261203);
    var customers = wire(CustomerServices.on(db), caller("suzuki", Role.MANAGER));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      RelationshipType type = RelationshipType.values()[random.nextInt(3) * 3];
      Set<String> labels = new java.util.TreeSet<>();
      SEGMENTS.forEach(
          s -> {
            if (random.nextBoolean()) {
              labels.add(s);
            }
          });
      CustomerDraft d =
          CustomerDraft.prospect("集計 " + i, type, FIRST.minusYears(1)).withSegments(labels);
      long id = db.inTransaction(() -> customers.create(d)).id();
      ids.add(id);
      types.put(id, type);
      segments.put(id, labels);
    }
    FeedbackRepository writer =
        wire(
            new FeedbackRepository(),
            db.dataSource(),
            TestBeans.<FeedbackRecorded>events(rollup::recorded));
    for (int batch = 0; batch < 12; batch++) {
      List<FeedbackDraft> rows = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(60); i++) {
        rows.add(feedback(random, ids.get(random.nextInt(ids.size()))));
      }
      db.inTransaction(() -> writer.insert(rows, "import", Instant.now()));
      recorded.addAll(rows);
    }
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static FeedbackDraft feedback(Random r, long customer) {
    LocalDate day = FIRST.plusDays(r.nextInt(DAYS));
    // A third at the very first or last instant of a Tokyo day.
    Instant at =
        switch (r.nextInt(3)) {
          case 0 -> day.atStartOfDay(TOKYO).toInstant();
          case 1 -> day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
          default -> day.atStartOfDay(TOKYO).toInstant().plusSeconds(r.nextInt(86_400));
        };
    boolean review = r.nextInt(6) == 0;
    int csatScale = r.nextBoolean() ? 5 : 7;
    int cesScale = r.nextBoolean() ? 5 : 7;
    Scores scores =
        review
            ? Scores.NONE
            : new Scores(
                r.nextInt(4) == 0 ? null : r.nextInt(11),
                r.nextInt(3) == 0 ? null : 1 + r.nextInt(csatScale),
                null,
                r.nextInt(3) == 0 ? null : 1 + r.nextInt(cesScale),
                null);
    scores =
        new Scores(
            scores.nps(),
            scores.csat(),
            scores.csat() == null ? null : csatScale,
            scores.ces(),
            scores.ces() == null ? null : cesScale);
    FeedbackDraft d =
        FeedbackDraft.of(review ? FeedbackKind.REVIEW : FeedbackKind.SURVEY, customer, at)
            .withScores(scores)
            .withText(r.nextInt(5) == 0 ? "コメントのみ" : null);
    if (review) {
      d = d.withStars(1 + r.nextInt(5)).withPlatform("Google");
    }
    if (r.nextBoolean()) {
      d = d.withStage(JourneyStage.values()[r.nextInt(JourneyStage.values().length)]);
    }
    if (r.nextBoolean()) {
      d = d.withTouchpointId(1L + r.nextInt(3));
    }
    if (r.nextBoolean()) {
      d = d.withChannel(Channel.values()[r.nextInt(Channel.values().length)]);
    }
    if (r.nextBoolean()) {
      d = d.withAgent(AGENTS.get(r.nextInt(AGENTS.size())));
    }
    return d;
  }

  // --- the raw computation ----------------------------------------------------------------

  private static LocalDate day(FeedbackDraft d) {
    return d.receivedAt().atZone(TOKYO).toLocalDate();
  }

  private static FeedbackCounts counts(FeedbackDraft d) {
    Scores s = d.scores();
    return FeedbackCounts.of(s.nps(), s.csat(), s.csatScale(), s.ces(), s.cesScale(), d.stars());
  }

  private static FeedbackCounts raw(ReportPeriod p, Predicate<FeedbackDraft> keep) {
    return recorded.stream()
        .filter(d -> !day(d).isBefore(p.from()) && !day(d).isAfter(p.to()))
        .filter(keep)
        .map(FeedbackRollupOnH2Test::counts)
        .reduce(FeedbackCounts.NONE, FeedbackCounts::plus);
  }

  /** Every value of a cut that the feedback has, with the test a piece of feedback meets. */
  private static Map<String, Predicate<FeedbackDraft>> values(MetricCut cut) {
    Map<String, Predicate<FeedbackDraft>> out = new LinkedHashMap<>();
    for (FeedbackDraft d : recorded) {
      switch (cut) {
        case SEGMENT ->
            segments
                .get(d.customerId())
                .forEach(s -> out.put(s, f -> segments.get(f.customerId()).contains(s)));
        case RELATIONSHIP_TYPE -> {
          RelationshipType t = types.get(d.customerId());
          out.put(t.name(), f -> types.get(f.customerId()) == t);
        }
        case STAGE -> {
          if (d.stage() != null) {
            out.put(d.stage().name(), f -> f.stage() == d.stage());
          }
        }
        case TOUCHPOINT -> {
          if (d.touchpointId() != null) {
            out.put(d.touchpointId().toString(), f -> d.touchpointId().equals(f.touchpointId()));
          }
        }
        case CHANNEL -> {
          if (d.channel() != null) {
            out.put(d.channel().name(), f -> f.channel() == d.channel());
          }
        }
        case AGENT -> {
          if (d.agent() != null) {
            out.put(d.agent(), f -> d.agent().equals(f.agent()));
          }
        }
      }
    }
    return out;
  }

  private static List<ReportPeriod> periods() {
    Random r = new Random(7);
    List<ReportPeriod> out = new ArrayList<>();
    out.add(new ReportPeriod(FIRST, FIRST.plusDays(DAYS - 1)));
    out.add(new ReportPeriod(FIRST.plusDays(31), FIRST.plusDays(31)));
    for (int i = 0; i < 6; i++) {
      LocalDate from = FIRST.plusDays(r.nextInt(DAYS));
      out.add(new ReportPeriod(from, from.plusDays(r.nextInt(120))));
    }
    return out;
  }

  private void everyFigureEqualsTheRawComputation() {
    for (ReportPeriod p : periods()) {
      MetricFigures<FeedbackCounts> all = metrics.feedback(MetricQuery.over(p));
      assertThat(all.counts()).as("everything in %s", p).isEqualTo(raw(p, d -> true));
      assertThat(all.previous())
          .as("the period before %s", p)
          .isEqualTo(raw(all.previousPeriod(), d -> true));
      for (MetricCut cut : MetricCut.values()) {
        Map<String, Predicate<FeedbackDraft>> values = values(cut);
        assertThat(values).as("values of %s", cut).isNotEmpty();
        Map<String, FeedbackCounts> expected = new TreeMap<>();
        values.forEach(
            (value, keep) -> {
              FeedbackCounts want = raw(p, keep);
              if (!want.equals(FeedbackCounts.NONE)) {
                expected.put(value, want);
              }
              MetricQuery one = new MetricQuery(p, cut, value, PeriodGrouping.MONTH, null);
              MetricFigures<FeedbackCounts> f = metrics.feedback(one);
              assertThat(f.counts()).as("%s = %s in %s", cut, value, p).isEqualTo(want);
              for (MetricFigures.Group<FeedbackCounts> g : f.groups()) {
                assertThat(g.counts())
                    .as("%s = %s in %s", cut, value, g.period())
                    .isEqualTo(raw(g.period(), keep));
              }
            });
        Map<String, FeedbackCounts> byCut = new TreeMap<>();
        metrics
            .feedback(new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_raw_computation_for_every_cut_and_when_made_again_from_all_feedback() {
    assertThat(recorded).hasSizeGreaterThan(100);
    everyFigureEqualsTheRawComputation();
    // A database of the release before: feedback, an empty rollup. The first start makes it.
    dev.cxcrm.ejb.shared.persistence.Jdbc.update(
        db.dataSource(), "delete from metric_feedback_day", List.of());
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isTrue();
    everyFigureEqualsTheRawComputation();
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isFalse();
    // Made again by pages of 7 rows: pages end inside runs of answers given at the same instant.
    db.inTransaction(
        () -> {
          rollup.rebuild(7);
          return null;
        });
    everyFigureEqualsTheRawComputation();
  }

  @Test
  void a_month_trend_lists_every_month_and_a_period_without_answers_has_no_score() {
    ReportPeriod quarter = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    MetricFigures<FeedbackCounts> f =
        metrics.feedback(new MetricQuery(quarter, null, null, PeriodGrouping.MONTH, null));
    assertThat(f.groups())
        .extracting(g -> g.period().from())
        .containsExactly(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));
    assertThat(f.groups()).allMatch(g -> g.counts().equals(FeedbackCounts.NONE));
    assertThat(f.counts().nps().value()).isNull();
    assertThat(f.counts().csat().percent()).isNull();
    assertThat(f.previousPeriod())
        .isEqualTo(new ReportPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
  }
}
