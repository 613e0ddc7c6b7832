package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.metrics.ContactMetric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.domain.shared.ResponseTally;
import dev.cxcrm.ejb.interaction.ComplianceReport;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
 * The contact rollup equals the raw tally of the contacts as they stand: random inbound contacts
 * with deadlines (some at the first or last instant of a Tokyo day, response times from none to
 * weeks, many equal, some exactly at the deadline, some unanswered and overdue or still pending) of
 * customers of random types, segments and owners, then random changes (answered, answered again
 * later, the answer taken back, the contact gone), each told to the rollup as the services tell it.
 * For random periods, everything and every cut's every value, alone, by week and month and grouped
 * by cut, the tallies (in time, late, overdue, pending, and the response times at the ranks of the
 * median and p90) equal those computed from the contacts by sorting; after the rollup is made
 * again, the same.
 */
class ContactRollupOnH2Test {
  private static final ZoneId TOKYO = RollupFixture.TOKYO;
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 300;
  private static final List<String> AGENTS = RollupFixture.AGENTS;
  private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "SMS");

  private static H2Jpa db;
  private static ContactRollupRepository rollup;
  private static MetricService metrics;

  /** A contact as it stands. */
  static final class Contact {
    long id;
    long customer;
    String channel;
    String agent;
    Instant at;
    Instant due;
    Instant answered;
    boolean gone;

    String responsible() {
      return agent != null ? agent : customers.get(customer).owner();
    }
  }

  private static final Map<Long, RollupFixture.Made> customers = new HashMap<>();
  private static final Map<Long, Contact> contacts = new TreeMap<>();

  @BeforeAll
  static void data() {
    db = RollupFixture.database("contact-rollup");
    rollup = wire(new ContactRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup);
    Random random = new Random(20261203);
    RollupFixture.customers(db, random, 8, "問合せ", FIRST, true)
        .forEach(c -> customers.put(c.id(), c));
    List<Long> ids = new ArrayList<>(customers.keySet());
    Instant now = Instant.now();
    for (long id = 1; id <= 400; id++) {
      Contact c = new Contact();
      c.id = id;
      c.customer = ids.get(random.nextInt(ids.size()));
      c.channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
      c.agent = random.nextInt(3) == 0 ? null : AGENTS.get(random.nextInt(AGENTS.size()));
      // A few came in during the last days, so that some unanswered ones are not due yet.
      c.at =
          id % 25 == 0
              ? now.minusSeconds(random.nextInt(3 * 86_400))
              : RollupFixture.at(random, FIRST.plusDays(random.nextInt(DAYS)));
      c.due = c.at.plusSeconds(3_600L * (2 + random.nextInt(48)));
      answer(random, c);
      contacts.put(id, c);
      insert(c);
      if (id % 20 == 0) {
        // Told as the logging tells it: these twenty (some of each customer), or every contact of
        // every customer.
        told(
            ids,
            id % 40 == 0
                ? null
                : java.util.stream.LongStream.rangeClosed(id - 19, id).boxed().toList());
      }
    }
    for (int k = 0; k < 150; k++) {
      Contact c = contacts.get(1L + random.nextInt(contacts.size()));
      if (c.gone) {
        continue;
      }
      switch (random.nextInt(5)) {
        case 0 -> c.answered = null;
        case 1 -> c.gone = true;
        default -> answer(random, c);
      }
      write(c);
      told(List.of(c.customer), random.nextBoolean() ? null : List.of(c.id));
    }
  }

  /** Unanswered, answered exactly at the deadline, or after a response time of a few kinds. */
  private static void answer(Random random, Contact c) {
    long seconds =
        switch (random.nextInt(6)) {
          case 0 -> -1;
          case 1 -> Duration.between(c.at, c.due).toSeconds();
          case 2 -> 60L * (1 + random.nextInt(5));
          case 3 -> random.nextInt(4 * 3_600);
          case 4 -> random.nextInt(3 * 86_400);
          default -> 86_400L * (14 + random.nextInt(20));
        };
    Instant answered = seconds < 0 ? null : c.at.plusSeconds(seconds).plusMillis(random.nextInt(2));
    c.answered = answered != null && answered.isAfter(Instant.now()) ? null : answered;
  }

  private static void insert(Contact c) {
    Jdbc.update(
        db.dataSource(),
        "insert into interaction (id, version, customer_id, channel, direction, occurred_at,"
            + " awaits_answer, due_at, agent, created_at, created_by) values (?, 1, ?, ?, 'INBOUND',"
            + " ?, true, ?, ?, ?, 'test')",
        java.util.Arrays.asList(
            c.id,
            c.customer,
            c.channel,
            Jdbc.time(c.at),
            Jdbc.time(c.due),
            c.agent,
            Jdbc.time(c.at)));
    write(c);
  }

  private static void write(Contact c) {
    if (c.gone) {
      Jdbc.update(db.dataSource(), "delete from interaction where id = ?", List.of(c.id));
      return;
    }
    Jdbc.update(
        db.dataSource(),
        "update interaction set answered_at = ? where id = ?",
        java.util.Arrays.asList(c.answered == null ? null : Jdbc.time(c.answered), c.id));
  }

  private static void told(List<Long> customerIds, List<Long> contactIds) {
    db.inTransaction(
        () -> {
          rollup.update(customerIds, contactIds);
          return null;
        });
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static boolean inside(ReportPeriod p, Instant at) {
    LocalDate d = at.atZone(TOKYO).toLocalDate();
    return !d.isBefore(p.from()) && !d.isAfter(p.to());
  }

  /** The tally by the definitions: outcomes counted, response times sorted and picked by rank. */
  private static ResponseTally raw(String key, ReportPeriod p, Predicate<Contact> keep) {
    int inTime = 0;
    int late = 0;
    int overdue = 0;
    int pending = 0;
    List<Long> seconds = new ArrayList<>();
    Instant now = Instant.now();
    for (Contact c : contacts.values()) {
      if (c.gone || !keep.test(c) || !inside(p, c.at)) {
        continue;
      }
      if (c.answered != null) {
        seconds.add(Duration.between(c.at, c.answered).toSeconds());
        if (c.answered.isAfter(c.due)) {
          late++;
        } else {
          inTime++;
        }
      } else if (c.due.isBefore(now)) {
        overdue++;
      } else {
        pending++;
      }
    }
    Collections.sort(seconds);
    int n = seconds.size();
    return new ResponseTally(
        key,
        inTime,
        late,
        overdue,
        pending,
        n,
        n == 0 ? null : seconds.get((n + 1) / 2 - 1),
        n == 0 ? null : seconds.get(n / 2),
        n == 0 ? null : seconds.get((int) Math.ceil(0.9 * n) - 1));
  }

  private static Map<String, Predicate<Contact>> values(MetricCut cut) {
    Map<String, Predicate<Contact>> out = new TreeMap<>();
    for (Contact c : contacts.values()) {
      RollupFixture.Made b = customers.get(c.customer);
      switch (cut) {
        case SEGMENT ->
            b.segments()
                .forEach(s -> out.put(s, x -> customers.get(x.customer).segments().contains(s)));
        case RELATIONSHIP_TYPE ->
            out.put(b.type(), x -> customers.get(x.customer).type().equals(b.type()));
        case CHANNEL -> out.put(c.channel, x -> x.channel.equals(c.channel));
        case AGENT -> {
          // Nobody responsible (no agent, no owner): the value "".
          String who = c.responsible() == null ? "" : c.responsible();
          out.put(who, x -> who.equals(x.responsible() == null ? "" : x.responsible()));
        }
        default -> throw new IllegalArgumentException(cut.name());
      }
    }
    return out;
  }

  private void everyTallyEqualsTheRawTally() {
    Random random = new Random(17);
    LocalDate today = LocalDate.now(TOKYO);
    List<ReportPeriod> periods =
        new ArrayList<>(
            List.of(
                new ReportPeriod(FIRST, FIRST.plusDays(DAYS + 60)),
                new ReportPeriod(today.minusDays(6), today)));
    for (int i = 0; i < 5; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
      periods.add(new ReportPeriod(from, from.plusDays(random.nextInt(120))));
    }
    for (ReportPeriod p : periods) {
      for (PeriodGrouping by : List.of(PeriodGrouping.MONTH, PeriodGrouping.WEEK)) {
        MetricFigures<ResponseTally> all =
            metrics.contacts(new MetricQuery(p, null, null, by, null));
        assertThat(all.counts()).as("everything in %s", p).isEqualTo(raw("", p, c -> true));
        assertThat(
                ContactMetric.COMPLIANCE.of(
                    metrics
                        .figures(ContactMetric.COMPLIANCE, new MetricQuery(p, null, null, by, null))
                        .counts()))
            .isEqualTo(ContactMetric.COMPLIANCE.of(all.counts()));
        assertThat(all.previous()).isEqualTo(raw("", all.previousPeriod(), c -> true));
        for (MetricFigures.Group<ResponseTally> g : all.groups()) {
          assertThat(g.counts())
              .as("%s %s", by, g.period())
              .isEqualTo(raw("", g.period(), c -> true));
        }
      }
      for (MetricCut cut : ContactMetric.COMPLIANCE.cuts()) {
        Map<String, ResponseTally> expected = new TreeMap<>();
        values(cut)
            .forEach(
                (value, keep) -> {
                  ResponseTally want = raw(value, p, keep);
                  if (!want.empty()) {
                    expected.put(value, want);
                  }
                  assertThat(metrics.contacts(new MetricQuery(p, cut, value, null, null)).counts())
                      .as("%s = %s in %s", cut, value, p)
                      .isEqualTo(want);
                });
        // Compliance reads the outcomes alone: the same figure.
        metrics
            .figures(ContactMetric.COMPLIANCE, new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(
                g ->
                    assertThat(ContactMetric.COMPLIANCE.of(g.counts()))
                        .as("compliance of %s = %s in %s", cut, g.value(), p)
                        .isEqualTo(ContactMetric.COMPLIANCE.of(expected.get(g.value()))));
        Map<String, ResponseTally> byCut = new TreeMap<>();
        metrics
            .contacts(new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        byCut.values().removeIf(ResponseTally::empty);
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_contacts_as_they_stand_for_every_cut_and_when_made_again() {
    assertThat(contacts.values().stream().filter(c -> !c.gone && c.answered != null).count())
        .isGreaterThan(200);
    assertThat(
            contacts.values().stream()
                .filter(c -> !c.gone && c.answered == null && c.due.isAfter(Instant.now()))
                .count())
        .as("pending contacts")
        .isPositive();
    everyTallyEqualsTheRawTally();
    db.inTransaction(
        () -> {
          rollup.rebuild();
          return null;
        });
    everyTallyEqualsTheRawTally();
  }

  @Test
  void the_compliance_report_lists_each_group_with_contacts_and_the_total() {
    wire(metrics, TestBeans.tokyo());
    ReportPeriod p = new ReportPeriod(FIRST.plusDays(30), FIRST.plusDays(130));
    for (ResponseCompliance.By by : ResponseCompliance.By.values()) {
      ComplianceReport report = metrics.compliance(p.from(), p.to(), by);
      assertThat(report.from()).isEqualTo(p.start(TOKYO));
      assertThat(report.to()).isEqualTo(p.end(TOKYO));
      assertThat(report.total()).isEqualTo(raw("", p, c -> true).figures());
      Map<String, ComplianceFigures> expected = new TreeMap<>();
      if (by == ResponseCompliance.By.WEEK) {
        for (ReportPeriod week : PeriodGrouping.WEEK.groups(p)) {
          String monday = ResponseCompliance.mondayOf(week.from()).toString();
          ResponseTally t = raw(monday, week, c -> true);
          if (!t.empty()) {
            expected.put(monday, t.figures());
          }
        }
      } else {
        MetricCut cut = by == ResponseCompliance.By.CHANNEL ? MetricCut.CHANNEL : MetricCut.AGENT;
        values(cut)
            .forEach(
                (value, keep) -> {
                  ResponseTally t = raw(value, p, keep);
                  if (!t.empty()) {
                    expected.put(value, t.figures());
                  }
                });
      }
      assertThat(report.rows()).as("by %s", by).containsExactlyElementsOf(expected.values());
      assertThat(report.rows()).isNotEmpty();
    }
  }
}
