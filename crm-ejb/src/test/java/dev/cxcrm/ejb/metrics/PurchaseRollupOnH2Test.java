package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.feedback.PurchaseDraft;
import dev.cxcrm.domain.metrics.Bought;
import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.LifetimeValue;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.Money;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.ProjectedClv;
import dev.cxcrm.domain.metrics.RevenueToDate;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.feedback.PurchaseRepository;
import dev.cxcrm.ejb.feedback.PurchaseService;
import dev.cxcrm.ejb.feedback.PurchasesRecorded;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.math.BigDecimal;
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
 * The purchase rollup equals the raw computation: random purchases in yen and dollars (some at the
 * first or last instant of a Tokyo day, some days far apart so that a buyer leaves the year and
 * comes back, batches out of time order so a late purchase comes before the others) by customers of
 * random types, owners and segments, recorded through the service. For random period ends,
 * everything and every cut's every value, alone, by month and grouped by cut, the revenue to date
 * and its buyers, and the year's revenue, orders and buyers equal {@link RevenueToDate} and {@link
 * ProjectedClv} of the purchases themselves; the same after the rollup is made again.
 */
class PurchaseRollupOnH2Test {
  private static final ZoneId TOKYO = RollupFixture.TOKYO;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 900;
  private static final List<String> AGENTS = RollupFixture.AGENTS;
  private static final List<String> CURRENCIES = List.of("JPY", "USD");

  private static H2Jpa db;
  private static PurchaseRollupRepository rollup;
  private static MetricService metrics;

  private static final Map<Long, RollupFixture.Made> buyers = new HashMap<>();
  private static final List<Bought> made = new ArrayList<>();

  @BeforeAll
  static void data() {
    db = RollupFixture.database("purchase-rollup");
    rollup = wire(new PurchaseRollupRepository(), db.dataSource(), TestBeans.tokyo());
    CustomerRollupRepository customers =
        wire(new CustomerRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup, customers);
    metrics.currency = "JPY";
    Random random = new Random(20261204);
    RollupFixture.customers(db, random, 16, "購入", FIRST, true).forEach(c -> buyers.put(c.id(), c));
    PurchaseService purchases =
        wire(
            new PurchaseService(),
            caller("suzuki", Role.MANAGER),
            wire(
                new PurchaseRepository(),
                db.dataSource(),
                TestBeans.events(PurchasesRecorded.class, rollup::recorded)),
            wire(new CustomerQueries(), db.dataSource()),
            TestBeans.tokyo(),
            TestBeans.noEvents());
    List<Long> ids = new ArrayList<>(buyers.keySet());
    for (int batch = 0; batch < 10; batch++) {
      List<PurchaseDraft> rows = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(20); i++) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        Instant at =
            switch (random.nextInt(3)) {
              case 0 -> day.atStartOfDay(TOKYO).toInstant();
              case 1 -> day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
              default -> day.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(86_400));
            };
        long buyer = ids.get(random.nextInt(ids.size()));
        String currency = CURRENCIES.get(random.nextInt(4) == 0 ? 1 : 0);
        int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal amount =
            BigDecimal.valueOf(1 + random.nextInt(2_000_000), random.nextInt(digits + 1));
        rows.add(new PurchaseDraft(buyer, at, amount, currency, "品 " + i, null));
        made.add(new Bought(buyer, at, new Money(amount, currency)));
      }
      assertThat(db.inTransaction(() -> purchases.purchases(rows)))
          .allMatch(o -> o.status() == dev.cxcrm.ejb.shared.BulkOutcome.Status.CREATED);
    }
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  /** What the purchases themselves give at the end of {@code p}, in {@code currency}. */
  private static LifetimeValue raw(
      ReportPeriod p, String currency, Predicate<RollupFixture.Made> keep, Double churn) {
    List<Bought> kept =
        made.stream()
            .filter(b -> b.amount().currency().equals(currency))
            .filter(b -> keep.test(buyers.get(b.customerId())))
            .toList();
    ReportPeriod year = new ReportPeriod(p.to().minusDays(364), p.to());
    RevenueToDate toDate =
        RevenueToDate.ofPurchases(kept, p.end(TOKYO)).stream()
            .findFirst()
            .orElse(new RevenueToDate(currency, BigDecimal.ZERO, 0));
    ProjectedClv projected =
        ProjectedClv.of(kept, year, TOKYO, churn).stream()
            .findFirst()
            .orElse(new ProjectedClv(currency, BigDecimal.ZERO, 0, 0, 365, churn));
    return new LifetimeValue(toDate, projected);
  }

  private static Map<String, Predicate<RollupFixture.Made>> values(MetricCut cut) {
    Map<String, Predicate<RollupFixture.Made>> out = new TreeMap<>();
    for (RollupFixture.Made b : buyers.values()) {
      switch (cut) {
        case SEGMENT -> b.segments().forEach(s -> out.put(s, x -> x.segments().contains(s)));
        case RELATIONSHIP_TYPE -> out.put(b.type(), x -> x.type().equals(b.type()));
        case AGENT -> {
          if (b.owner() != null) {
            out.put(b.owner(), x -> b.owner().equals(x.owner()));
          }
        }
        default -> throw new IllegalArgumentException(cut.name());
      }
    }
    return out;
  }

  /** The same figures: amounts compared as numbers (the rollup keeps four decimals). */
  private static void same(LifetimeValue got, LifetimeValue want, String what) {
    assertThat(got.toDate().total())
        .as("revenue to date of %s", what)
        .isEqualByComparingTo(want.toDate().total());
    assertThat(got.toDate().customers())
        .as("buyers to date of %s", what)
        .isEqualTo(want.toDate().customers());
    assertThat(got.projected().revenue())
        .as("revenue of the year of %s", what)
        .isEqualByComparingTo(want.projected().revenue());
    assertThat(got.projected().orders())
        .as("orders of the year of %s", what)
        .isEqualTo(want.projected().orders());
    assertThat(got.projected().customers())
        .as("buyers of the year of %s", what)
        .isEqualTo(want.projected().customers());
    assertThat(got.projected().annualChurnPercent())
        .as("churn of %s", what)
        .isEqualTo(want.projected().annualChurnPercent());
  }

  private void everyFigureEqualsTheRawOne() {
    Random random = new Random(11);
    List<ReportPeriod> periods = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
      periods.add(new ReportPeriod(from, from.plusDays(random.nextInt(200))));
    }
    for (ReportPeriod p : periods) {
      for (String currency : CURRENCIES) {
        MetricFigures<LifetimeValue> all =
            metrics.lifetimeValue(
                new MetricQuery(p, null, null, PeriodGrouping.MONTH, null).inCurrency(currency));
        same(all.counts(), raw(p, currency, b -> true, null), "everything in " + p);
        same(all.previous(), raw(all.previousPeriod(), currency, b -> true, null), "before " + p);
        for (MetricFigures.Group<LifetimeValue> g : all.groups()) {
          same(g.counts(), raw(g.period(), currency, b -> true, null), "month " + g.period());
        }
        for (MetricCut cut : MetricCut.ofCustomers()) {
          Map<String, LifetimeValue> byCut = new TreeMap<>();
          metrics
              .lifetimeValue(new MetricQuery(p, null, null, null, cut).inCurrency(currency))
              .groups()
              .forEach(g -> byCut.put(g.value(), g.counts()));
          values(cut)
              .forEach(
                  (value, keep) -> {
                    LifetimeValue want = raw(p, currency, keep, null);
                    same(
                        metrics.lifetimeValue(new MetricQuery(p, cut, value, null, null)).counts(),
                        raw(p, "JPY", keep, null),
                        cut + " = " + value + " in " + p);
                    if (want.toDate().customers() > 0) {
                      same(byCut.remove(value), want, "grouped by " + cut + ": " + value);
                    }
                  });
          assertThat(byCut).as("groups without a purchase by %s", cut).isEmpty();
        }
      }
    }
  }

  @Test
  void the_rollup_equals_the_purchases_for_every_cut_and_currency_and_when_made_again() {
    assertThat(made).hasSizeGreaterThan(60);
    assertThat(made.stream().map(b -> b.amount().currency()).distinct()).hasSize(2);
    everyFigureEqualsTheRawOne();
    Jdbc.update(db.dataSource(), "delete from metric_purchase_day", List.of());
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isTrue();
    everyFigureEqualsTheRawOne();
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isFalse();
  }

  @Test
  void no_purchase_is_no_lifetime_value_not_zero() {
    ReportPeriod before = new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
    MetricFigures<LifetimeValue> f = metrics.lifetimeValue(MetricQuery.over(before));
    assertThat(f.query().currency()).isEqualTo("JPY");
    var figure = ClvMetric.CLV.of(f.counts());
    assertThat(figure.value()).isNull();
    assertThat(figure.n()).isZero();
    assertThat(figure.parts()).doesNotContainKey("projected");
  }
}
