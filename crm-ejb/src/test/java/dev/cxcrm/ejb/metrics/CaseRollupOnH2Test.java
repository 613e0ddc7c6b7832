package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.metrics.CaseCounts;
import dev.cxcrm.domain.metrics.CaseMetric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.interaction.CaseRepository;
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
 * The case rollup equals the raw count of the cases as they stand now: random cases (some opened or
 * resolved at the first or last instant of a Tokyo day) of customers of random types and segments,
 * then random changes (resolved, reopened, resolved again, another owner, another first channel),
 * each told to the rollup as the services tell it. For random periods, everything and every cut's
 * every value, alone, by month and grouped by cut, the counts equal those of the cases themselves;
 * everything also equals the case rates report (CaseRates over the database's own counts). After
 * the rollup is made again, the same.
 */
class CaseRollupOnH2Test {
  private static final ZoneId TOKYO = RollupFixture.TOKYO;
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 400;
  private static final List<String> AGENTS = RollupFixture.AGENTS;
  private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "WEB");

  private static H2Jpa db;
  private static CaseRollupRepository rollup;
  private static MetricService metrics;

  /** A case as it stands. */
  static final class Case {
    long id;
    long customer;
    Instant opened;
    Instant resolved;
    boolean firstContact;
    String channel;
    String owner;
  }

  private static final Map<Long, RollupFixture.Made> customers = new HashMap<>();
  private static final Map<Long, Case> cases = new TreeMap<>();

  @BeforeAll
  static void data() {
    db = RollupFixture.database("case-rollup");
    rollup = wire(new CaseRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup);
    Random random = new Random(20261205);
    RollupFixture.customers(db, random, 8, "案件", FIRST, false)
        .forEach(c -> customers.put(c.id(), c));
    List<Long> ids = new ArrayList<>(customers.keySet());
    for (long id = 1; id <= 150; id++) {
      Case c = new Case();
      c.id = id;
      c.customer = ids.get(random.nextInt(ids.size()));
      c.opened = RollupFixture.at(random, FIRST.plusDays(random.nextInt(DAYS)));
      c.channel = random.nextInt(5) == 0 ? null : CHANNELS.get(random.nextInt(CHANNELS.size()));
      c.owner = random.nextInt(4) == 0 ? null : AGENTS.get(random.nextInt(AGENTS.size()));
      if (random.nextInt(3) > 0) {
        resolve(random, c);
      }
      cases.put(id, c);
      insert(c);
      if (id % 10 == 0) {
        told(List.of(id - 9, id - 8, id - 7, id - 6, id - 5, id - 4, id - 3, id - 2, id - 1, id));
      }
    }
    // Changes, each told for its case: reopened, resolved (again), another owner or channel.
    for (int k = 0; k < 200; k++) {
      Case c = cases.get(1L + random.nextInt(cases.size()));
      switch (random.nextInt(4)) {
        case 0 -> {
          c.resolved = null;
          c.firstContact = false;
        }
        case 1 -> resolve(random, c);
        case 2 -> c.owner = random.nextBoolean() ? null : AGENTS.get(random.nextInt(2));
        default -> c.channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
      }
      write(c);
      told(List.of(c.id));
    }
  }

  private static void resolve(Random random, Case c) {
    LocalDate day = c.opened.atZone(TOKYO).toLocalDate().plusDays(random.nextInt(60));
    Instant at = RollupFixture.at(random, day);
    c.resolved = at.isBefore(c.opened) ? c.opened : at;
    c.firstContact = random.nextBoolean();
  }

  private static void insert(Case c) {
    Jdbc.update(
        db.dataSource(),
        "insert into service_case (id, version, customer_id, type, priority, subject, status,"
            + " reopen_count, opened_at, opened_by) values (?, 1, ?, 'QUESTION', 'NORMAL', 'ケース',"
            + " 'OPEN', 0, ?, 'suzuki')",
        List.of(c.id, c.customer, Jdbc.time(c.opened)));
    write(c);
  }

  private static void write(Case c) {
    List<Object> params = new ArrayList<>();
    params.add(c.resolved == null ? "OPEN" : "RESOLVED");
    params.add(c.resolved == null ? 0L : 1L);
    params.add(c.resolved == null ? Boolean.FALSE : c.firstContact);
    params.add(c.channel == null ? "" : c.channel);
    params.add(c.owner == null ? "" : c.owner);
    params.add(c.id);
    Jdbc.update(
        db.dataSource(),
        "update service_case set status = ?, root_cause_id = nullif(?, 0),"
            + " first_contact_resolution = ?,"
            + " resolved_at = null,"
            + " first_inbound_channel = nullif(?, ''), owner = nullif(?, '') where id = ?",
        params);
    if (c.resolved != null) {
      Jdbc.update(
          db.dataSource(),
          "update service_case set resolved_at = ? where id = ?",
          List.of(Jdbc.time(c.resolved), c.id));
    }
  }

  private static void told(List<Long> ids) {
    db.inTransaction(
        () -> {
          rollup.update(ids);
          return null;
        });
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static LocalDate day(Instant at) {
    return at.atZone(TOKYO).toLocalDate();
  }

  private static boolean inside(ReportPeriod p, Instant at) {
    LocalDate d = day(at);
    return !d.isBefore(p.from()) && !d.isAfter(p.to());
  }

  private static CaseCounts raw(ReportPeriod p, Predicate<Case> keep) {
    long opened = 0;
    long byEnd = 0;
    long resolved = 0;
    long first = 0;
    for (Case c : cases.values()) {
      if (!keep.test(c)) {
        continue;
      }
      if (inside(p, c.opened)) {
        opened++;
        if (c.resolved != null && c.resolved.isBefore(p.end(TOKYO))) {
          byEnd++;
        }
      }
      if (c.resolved != null && inside(p, c.resolved)) {
        resolved++;
        first += c.firstContact ? 1 : 0;
      }
    }
    return new CaseCounts(opened, byEnd, resolved, first);
  }

  private static Map<String, Predicate<Case>> values(MetricCut cut) {
    Map<String, Predicate<Case>> out = new TreeMap<>();
    for (Case c : cases.values()) {
      RollupFixture.Made b = customers.get(c.customer);
      switch (cut) {
        case SEGMENT ->
            b.segments()
                .forEach(s -> out.put(s, x -> customers.get(x.customer).segments().contains(s)));
        case RELATIONSHIP_TYPE ->
            out.put(b.type(), x -> customers.get(x.customer).type().equals(b.type()));
        case CHANNEL -> {
          if (c.channel != null) {
            String ch = c.channel;
            out.put(ch, x -> ch.equals(x.channel));
          }
        }
        case AGENT -> {
          if (c.owner != null) {
            String o = c.owner;
            out.put(o, x -> o.equals(x.owner));
          }
        }
        default -> throw new IllegalArgumentException(cut.name());
      }
    }
    return out;
  }

  private void everyCountEqualsTheRawCount() {
    Random random = new Random(13);
    List<ReportPeriod> periods =
        new ArrayList<>(List.of(new ReportPeriod(FIRST, FIRST.plusDays(DAYS + 60))));
    for (int i = 0; i < 6; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
      periods.add(new ReportPeriod(from, from.plusDays(random.nextInt(120))));
    }
    for (ReportPeriod p : periods) {
      MetricFigures<CaseCounts> all =
          metrics.cases(new MetricQuery(p, null, null, PeriodGrouping.MONTH, null));
      assertThat(all.counts()).as("everything in %s", p).isEqualTo(raw(p, c -> true));
      // FCR reads the days alone: the same resolved and first-contact counts.
      CaseCounts fcr =
          metrics
              .figures(CaseMetric.FCR, new MetricQuery(p, null, null, PeriodGrouping.MONTH, null))
              .counts();
      assertThat(List.of(fcr.resolved(), fcr.firstContact()))
          .isEqualTo(List.of(all.counts().resolved(), all.counts().firstContact()));
      assertThat(CaseMetric.FCR.of(fcr)).isEqualTo(CaseMetric.FCR.of(all.counts()));
      assertThat(all.previous()).isEqualTo(raw(all.previousPeriod(), c -> true));
      for (MetricFigures.Group<CaseCounts> g : all.groups()) {
        assertThat(g.counts()).as("month %s", g.period()).isEqualTo(raw(g.period(), c -> true));
      }
      for (MetricCut cut : CaseMetric.FCR.cuts()) {
        Map<String, CaseCounts> expected = new TreeMap<>();
        values(cut)
            .forEach(
                (value, keep) -> {
                  CaseCounts want = raw(p, keep);
                  if (!want.equals(CaseCounts.NONE)) {
                    expected.put(value, want);
                  }
                  assertThat(metrics.cases(new MetricQuery(p, cut, value, null, null)).counts())
                      .as("%s = %s in %s", cut, value, p)
                      .isEqualTo(want);
                });
        metrics
            .figures(CaseMetric.FCR, new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(
                g ->
                    assertThat(CaseMetric.FCR.of(g.counts()))
                        .as("FCR of %s = %s in %s", cut, g.value(), p)
                        .isEqualTo(
                            CaseMetric.FCR.of(expected.getOrDefault(g.value(), CaseCounts.NONE))));
        Map<String, CaseCounts> byCut = new TreeMap<>();
        metrics
            .cases(new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        byCut.values().removeIf(CaseCounts.NONE::equals);
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_cases_as_they_stand_for_every_cut_and_when_made_again() {
    assertThat(cases.values().stream().filter(c -> c.resolved != null).count()).isGreaterThan(40);
    everyCountEqualsTheRawCount();
    db.inTransaction(
        () -> {
          rollup.rebuild();
          return null;
        });
    everyCountEqualsTheRawCount();
  }

  @Test
  void everything_equals_the_case_rates_report() {
    ReportPeriod quarter = new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    var report =
        CaseRates.total(
            db.inTransaction(
                () ->
                    wire(new CaseRepository(), db.em(), db.dataSource())
                        .tallies(CaseRates.months(quarter.from(), quarter.to(), TOKYO))));
    CaseCounts c = metrics.cases(MetricQuery.over(quarter)).counts();
    assertThat(c.opened()).isEqualTo(report.resolution().denominator()).isPositive();
    assertThat(c.resolvedByEnd()).isEqualTo(report.resolution().numerator());
    assertThat(c.resolved()).isEqualTo(report.firstContactResolution().denominator());
    assertThat(c.firstContact()).isEqualTo(report.firstContactResolution().numerator());
  }
}
