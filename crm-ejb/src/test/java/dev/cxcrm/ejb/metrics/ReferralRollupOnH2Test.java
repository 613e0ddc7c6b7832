package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.feedback.ReferralDraft;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.ReferralMetric;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.feedback.PurchaseRepository;
import dev.cxcrm.ejb.feedback.PurchaseService;
import dev.cxcrm.ejb.feedback.ReferralsRecorded;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The referral rollup equals the raw count: random referrals (some at the first or last instant of
 * a Tokyo day) by customers of random types, owners and segments, recorded in batches through the
 * service; for random periods, everything and every cut's every value, alone, by month and grouped
 * by cut, the rollup gives the referrals counted one by one. After it is made again, the same.
 */
class ReferralRollupOnH2Test {
  private static final ZoneId TOKYO = RollupFixture.TOKYO;
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final int DAYS = 300;
  private static final List<String> AGENTS = RollupFixture.AGENTS;

  private static H2Jpa db;
  private static ReferralRollupRepository rollup;
  private static MetricService metrics;

  private static final Map<Long, RollupFixture.Made> referrers = new HashMap<>();
  private static final List<ReferralsRecorded.Made> made = new ArrayList<>();

  @BeforeAll
  static void data() {
    db = RollupFixture.database("referral-rollup");
    rollup = wire(new ReferralRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup);
    Random random = new Random(20261203);
    RollupFixture.customers(db, random, 10, "紹介", FIRST, true)
        .forEach(c -> referrers.put(c.id(), c));
    PurchaseService service =
        wire(
            new PurchaseService(),
            caller("suzuki", Role.MANAGER),
            wire(
                new PurchaseRepository(),
                db.dataSource(),
                TestBeans.events(ReferralsRecorded.class, rollup::recorded)),
            wire(new CustomerQueries(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents());
    List<Long> ids = new ArrayList<>(referrers.keySet());
    for (int batch = 0; batch < 8; batch++) {
      List<ReferralDraft> rows = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        Instant at =
            switch (random.nextInt(3)) {
              case 0 -> day.atStartOfDay(TOKYO).toInstant();
              case 1 -> day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
              default -> day.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(86_400));
            };
        long referrer = ids.get(random.nextInt(ids.size()));
        rows.add(new ReferralDraft(referrer, at, "紹介された人 " + i, null, null, null));
        made.add(new ReferralsRecorded.Made(referrer, at));
      }
      db.inTransaction(() -> service.referrals(rows));
    }
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long raw(ReportPeriod p, Predicate<RollupFixture.Made> keep) {
    return made.stream()
        .filter(m -> inside(p, m.referredAt().atZone(TOKYO).toLocalDate()))
        .filter(m -> keep.test(referrers.get(m.referrerId())))
        .count();
  }

  private static boolean inside(ReportPeriod p, LocalDate day) {
    return !day.isBefore(p.from()) && !day.isAfter(p.to());
  }

  private static Map<String, Predicate<RollupFixture.Made>> values(MetricCut cut) {
    Map<String, Predicate<RollupFixture.Made>> out = new TreeMap<>();
    for (RollupFixture.Made r : referrers.values()) {
      switch (cut) {
        case SEGMENT -> r.segments().forEach(s -> out.put(s, x -> x.segments().contains(s)));
        case RELATIONSHIP_TYPE -> out.put(r.type(), x -> x.type().equals(r.type()));
        case AGENT -> {
          if (r.owner() != null) {
            out.put(r.owner(), x -> r.owner().equals(x.owner()));
          }
        }
        default -> throw new IllegalArgumentException(cut.name());
      }
    }
    return out;
  }

  private void everyCountEqualsTheRawCount() {
    Random random = new Random(7);
    List<ReportPeriod> periods =
        new ArrayList<>(List.of(new ReportPeriod(FIRST, FIRST.plusDays(DAYS))));
    for (int i = 0; i < 6; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
      periods.add(new ReportPeriod(from, from.plusDays(random.nextInt(90))));
    }
    for (ReportPeriod p : periods) {
      MetricFigures<Long> all =
          metrics.referrals(new MetricQuery(p, null, null, PeriodGrouping.MONTH, null));
      assertThat(all.counts()).as("everything in %s", p).isEqualTo(raw(p, r -> true));
      assertThat(all.previous()).isEqualTo(raw(all.previousPeriod(), r -> true));
      for (MetricFigures.Group<Long> g : all.groups()) {
        assertThat(g.counts()).as("month %s", g.period()).isEqualTo(raw(g.period(), r -> true));
      }
      for (MetricCut cut : MetricCut.ofCustomers()) {
        Map<String, Long> expected = new TreeMap<>();
        values(cut)
            .forEach(
                (value, keep) -> {
                  long want = raw(p, keep);
                  if (want > 0) {
                    expected.put(value, want);
                  }
                  assertThat(metrics.referrals(new MetricQuery(p, cut, value, null, null)).counts())
                      .as("%s = %s in %s", cut, value, p)
                      .isEqualTo(want);
                });
        Map<String, Long> byCut = new TreeMap<>();
        metrics
            .referrals(new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_raw_count_for_every_cut_and_when_made_again() {
    assertThat(made).hasSizeGreaterThan(60);
    everyCountEqualsTheRawCount();
    Jdbc.update(db.dataSource(), "delete from metric_referral_day", List.of());
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isTrue();
    everyCountEqualsTheRawCount();
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isFalse();
  }

  @Test
  void no_referral_is_a_count_of_zero_not_a_missing_figure() {
    ReportPeriod empty = new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
    MetricFigures<Long> f = metrics.referrals(MetricQuery.over(empty));
    assertThat(f.counts()).isZero();
    var figure = ReferralMetric.REFERRALS.of(f.counts());
    assertThat(figure.value()).isEqualTo(0.0);
    assertThat(figure.smallSample()).isFalse();
  }
}
