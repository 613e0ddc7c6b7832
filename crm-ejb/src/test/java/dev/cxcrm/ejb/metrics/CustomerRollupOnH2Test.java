package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.caller;
import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.Retention;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.CustomerServices;
import dev.cxcrm.ejb.customer.CustomersChanged;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer rollup equals the raw computation ({@link Retention#of}, customer by customer):
 * random customers are created, changed (lifecycle, since and churn days, type, owner, segments)
 * and archived through the customer service; then for random periods and periods that start or end
 * on a customer's own days, everything and every cut's every value, alone, as a monthly trend and
 * grouped by cut, give the S, E, N and lost of the customers as they now are. After the rollup is
 * emptied and made again, the same.
 */
class CustomerRollupOnH2Test {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 500;
  private static final List<String> AGENTS = List.of("tanaka", "sato");
  private static final List<String> SEGMENTS = List.of("東京", "法人", "VIP");

  private static H2Jpa db;
  private static CustomerRollupRepository rollup;
  private static MetricService metrics;
  private static final Random random = new Random(20261203);

  /** A customer as it is in the database now. */
  record Now(
      Lifecycle lifecycle,
      LocalDate since,
      LocalDate churn,
      String type,
      String owner,
      boolean archived,
      Set<String> segments) {}

  @BeforeAll
  static void data() {
    db = H2Jpa.open("customer-rollup");
    AGENTS.forEach(a -> db.user(a, "AGENT"));
    db.user("suzuki", "MANAGER");
    rollup = wire(new CustomerRollupRepository(), db.dataSource());
    metrics = wire(new MetricService(), rollup);
    CustomerService customers =
        wire(
            CustomerServices.on(db),
            caller("suzuki", Role.MANAGER),
            TestBeans.<CustomersChanged>events(rollup::changed));
    Map<Long, Customer> made = new HashMap<>();
    for (int i = 0; i < 80; i++) {
      CustomerDraft d = draft(CustomerDraft.prospect("維持 " + i, RelationshipType.LONG_TERM, FIRST));
      Customer c = db.inTransaction(() -> customers.create(d));
      made.put(c.id(), c);
    }
    // Half of them change once or twice; some are archived.
    List<Long> ids = new ArrayList<>(made.keySet());
    for (int round = 0; round < 60; round++) {
      long id = ids.get(random.nextInt(ids.size()));
      Customer c = made.get(id);
      if (c == null) {
        continue;
      }
      if (random.nextInt(10) == 0) {
        db.inTransaction(
            () -> {
              customers.archive(new CustomerId(id), c.version());
              return null;
            });
        made.remove(id);
      } else {
        made.put(
            id,
            db.inTransaction(
                () -> customers.update(new CustomerId(id), c.version(), draft(c.toDraft()))));
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  /** A random customer's lifecycle, days, type, owner and segments on top of {@code d}. */
  private static CustomerDraft draft(CustomerDraft d) {
    LocalDate since = FIRST.plusDays(random.nextInt(DAYS) - 200L);
    Lifecycle lifecycle = Lifecycle.values()[random.nextInt(3)];
    LocalDate churn =
        lifecycle == Lifecycle.CHURNED
            ? since.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(300))
            : null;
    Set<String> labels = new TreeSet<>();
    SEGMENTS.forEach(
        s -> {
          if (random.nextBoolean()) {
            labels.add(s);
          }
        });
    return d.withLifecycle(lifecycle)
        .withCustomerSince(since)
        .withChurnedOn(churn)
        .withChurnReason(churn == null ? null : "移転")
        .withRelationshipType(RelationshipType.values()[random.nextInt(3) * 3])
        .withOwner(random.nextInt(4) == 0 ? null : AGENTS.get(random.nextInt(AGENTS.size())))
        .withSegments(labels);
  }

  // --- the raw computation ----------------------------------------------------------------

  private static Map<Long, Now> customersNow() {
    Map<Long, Now> out = new TreeMap<>();
    Jdbc.list(
            db.dataSource(),
            "select id, lifecycle, customer_since, churned_on, relationship_type, owner,"
                + " archived_at from customer",
            List.of(),
            r ->
                out.put(
                    r.getLong(1),
                    new Now(
                        Lifecycle.valueOf(r.getString(2)),
                        r.getDate(3).toLocalDate(),
                        r.getDate(4) == null ? null : r.getDate(4).toLocalDate(),
                        r.getString(5),
                        r.getString(6),
                        r.getObject(7) != null,
                        new TreeSet<>())))
        .size();
    Jdbc.list(
            db.dataSource(),
            "select customer_id, label from customer_segment",
            List.of(),
            r -> out.get(r.getLong(1)).segments().add(r.getString(2)))
        .size();
    return out;
  }

  private static Retention raw(Map<Long, Now> all, ReportPeriod p, Predicate<Now> keep) {
    return Retention.of(
        all.values().stream()
            .filter(c -> c.lifecycle() != Lifecycle.PROSPECT && !c.archived())
            .filter(keep)
            .map(c -> Retention.Member.ofDays(c.since(), c.churn(), TOKYO))
            .toList(),
        p,
        TOKYO);
  }

  private static Map<String, Predicate<Now>> values(Map<Long, Now> all, MetricCut cut) {
    Map<String, Predicate<Now>> out = new TreeMap<>();
    for (Now c : all.values()) {
      switch (cut) {
        case SEGMENT -> c.segments().forEach(s -> out.put(s, n -> n.segments().contains(s)));
        case RELATIONSHIP_TYPE -> out.put(c.type(), n -> n.type().equals(c.type()));
        case AGENT -> {
          if (c.owner() != null) {
            out.put(c.owner(), n -> c.owner().equals(n.owner()));
          }
        }
        default -> throw new IllegalArgumentException(cut.name());
      }
    }
    return out;
  }

  /** Random periods, and periods that start or end on customers' own days. */
  private static List<ReportPeriod> periods(Map<Long, Now> all) {
    List<ReportPeriod> out = new ArrayList<>();
    out.add(new ReportPeriod(FIRST, FIRST.plusDays(DAYS)));
    for (int i = 0; i < 6; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS) - 200L);
      out.add(new ReportPeriod(from, from.plusDays(random.nextInt(200))));
    }
    for (Now c : all.values()) {
      if (c.churn() != null && out.size() < 14) {
        out.add(new ReportPeriod(c.since(), c.churn()));
        out.add(new ReportPeriod(c.churn(), c.churn().plusDays(40)));
      }
    }
    return out;
  }

  private void everyFigureEqualsTheRawComputation() {
    Map<Long, Now> all = customersNow();
    for (ReportPeriod p : periods(all)) {
      MetricFigures<Retention> f =
          metrics.customers(new MetricQuery(p, null, null, PeriodGrouping.MONTH, null));
      assertThat(f.counts()).as("everything in %s", p).isEqualTo(raw(all, p, c -> true));
      assertThat(f.previous())
          .as("before %s", p)
          .isEqualTo(raw(all, f.previousPeriod(), c -> true));
      for (MetricFigures.Group<Retention> g : f.groups()) {
        assertThat(g.counts())
            .as("month %s", g.period())
            .isEqualTo(raw(all, g.period(), c -> true));
      }
      for (MetricCut cut :
          List.of(MetricCut.SEGMENT, MetricCut.RELATIONSHIP_TYPE, MetricCut.AGENT)) {
        Map<String, Retention> expected = new TreeMap<>();
        values(all, cut)
            .forEach(
                (value, keep) -> {
                  Retention want = raw(all, p, keep);
                  if (want.atStart() > 0 || want.created() > 0) {
                    expected.put(value, want);
                  }
                  MetricFigures<Retention> one =
                      metrics.customers(
                          new MetricQuery(p, cut, value, PeriodGrouping.QUARTER, null));
                  assertThat(one.counts()).as("%s = %s in %s", cut, value, p).isEqualTo(want);
                  for (MetricFigures.Group<Retention> g : one.groups()) {
                    assertThat(g.counts())
                        .as("%s = %s in %s", cut, value, g.period())
                        .isEqualTo(raw(all, g.period(), keep));
                  }
                });
        Map<String, Retention> byCut = new TreeMap<>();
        metrics
            .customers(new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_raw_computation_for_every_cut_and_when_made_again() {
    Map<Long, Now> all = customersNow();
    assertThat(all.values()).extracting(Now::lifecycle).contains(Lifecycle.values());
    assertThat(all.values()).anyMatch(Now::archived);
    assertThat(all.values()).anyMatch(c -> c.since().equals(c.churn()));
    everyFigureEqualsTheRawComputation();
    // A database of the release before: customers, an empty rollup. The first start makes it.
    for (String table :
        List.of("metric_customer_cut", "metric_customer", "metric_customer_day", "metric_churn")) {
      Jdbc.update(db.dataSource(), "delete from " + table, List.of());
    }
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isTrue();
    everyFigureEqualsTheRawComputation();
    assertThat(db.inTransaction(() -> rollup.fillIfEmpty())).isFalse();
  }

  @Test
  void a_period_before_any_customer_has_no_rate() {
    MetricFigures<Retention> none =
        metrics.customers(
            MetricQuery.over(
                new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 3, 31))));
    assertThat(none.counts()).isEqualTo(new Retention(0, 0, 0, 0));
    assertThat(none.counts().retentionRate()).isNull();
    assertThat(none.counts().churnRate()).isNull();
  }
}
