package dev.cxcrm.ejb.metrics;

import static dev.cxcrm.ejb.shared.TestBeans.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.RecoveryCounts;
import dev.cxcrm.domain.metrics.RecoveryMetric;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.FeedbackRecorded;
import dev.cxcrm.ejb.feedback.FollowUpsDone;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The recovery rollup equals the raw computation: random NPS and CSAT answers (some at a Tokyo
 * day's first or last instant, some dated before the others of their customer) of customers of
 * random types and segments, with stages, channels and agents; follow-ups of unhappy ones, closed
 * in random order while further answers arrive, each told to the rollup as the services tell it.
 * For random periods, everything and every cut's every value, alone, by month and grouped by cut,
 * the counts equal those computed answer by answer (as the closed loop's recovery report defines
 * them); after the rollup is made again, the same.
 */
class RecoveryRollupOnH2Test {
  private static final ZoneId TOKYO = RollupFixture.TOKYO;
  private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
  private static final int DAYS = 300;
  private static final List<String> AGENTS = RollupFixture.AGENTS;
  private static final List<String> CHANNELS = List.of("EMAIL", "PHONE");

  private static H2Jpa db;
  private static RecoveryRollupRepository rollup;
  private static MetricService metrics;

  record Answer(
      long id,
      long customer,
      Instant at,
      Integer nps,
      Integer csat,
      Integer scale,
      String channel,
      String agent) {}

  private static final Map<Long, RollupFixture.Made> customers = new HashMap<>();
  private static final List<Answer> answers = new ArrayList<>();
  private static final Map<Long, Long> doneByAnswer = new TreeMap<>();

  @BeforeAll
  static void data() {
    db = RollupFixture.database("recovery-rollup");
    rollup = wire(new RecoveryRollupRepository(), db.dataSource(), TestBeans.tokyo());
    metrics = wire(new MetricService(), rollup);
    Random random = new Random(20261206);
    RollupFixture.customers(db, random, 6, "回復", FIRST, false)
        .forEach(c -> customers.put(c.id(), c));
    List<Long> ids = new ArrayList<>(customers.keySet());
    long followUp = 0;
    List<Long> open = new ArrayList<>();
    for (int round = 0; round < 12; round++) {
      List<FeedbackDraft> told = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        Answer a = answer(random, answers.size() + 1L, ids.get(random.nextInt(ids.size())));
        answers.add(a);
        insert(a);
        told.add(FeedbackDraft.of(FeedbackKind.SURVEY, a.customer(), a.at()));
        boolean unhappy = (a.nps() != null && a.nps() <= 6) || (a.nps() == null && a.csat() <= 2);
        if (unhappy && random.nextInt(3) > 0) {
          followUp++;
          Jdbc.update(
              db.dataSource(),
              "insert into follow_up (id, version, feedback_id, customer_id, due_at, status,"
                  + " created_at) values (?, 1, ?, ?, ?, 'OPEN', ?)",
              List.of(followUp, a.id(), a.customer(), Jdbc.time(a.at()), Jdbc.time(a.at())));
          open.add(followUp);
          doneByAnswer.put(a.id(), null);
        }
      }
      db.inTransaction(
          () -> {
            rollup.recorded(new FeedbackRecorded(List.of(), told));
            return null;
          });
      // Some follow-ups are done, in random order.
      for (int k = 0; k < 3 && !open.isEmpty(); k++) {
        long id = open.remove(random.nextInt(open.size()));
        Jdbc.update(
            db.dataSource(),
            "update follow_up set status = 'DONE', closed_at = created_at, closed_by = 'suzuki'"
                + " where id = ?",
            List.of(id));
        long feedback =
            Jdbc.list(
                    db.dataSource(),
                    "select feedback_id from follow_up where id = ?",
                    List.of(id),
                    r -> r.getLong(1))
                .get(0);
        doneByAnswer.put(feedback, id);
        db.inTransaction(
            () -> {
              rollup.done(new FollowUpsDone(List.of(id)));
              return null;
            });
      }
    }
  }

  private static Answer answer(Random random, long id, long customer) {
    LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
    Instant at =
        switch (random.nextInt(3)) {
          case 0 -> day.atStartOfDay(TOKYO).toInstant();
          case 1 -> day.plusDays(1).atStartOfDay(TOKYO).toInstant().minusMillis(1);
          default -> day.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(86_400));
        };
    boolean nps = random.nextBoolean();
    int scale = random.nextBoolean() ? 5 : 7;
    return new Answer(
        id,
        customer,
        at,
        nps ? random.nextInt(11) : null,
        nps ? null : 1 + random.nextInt(scale),
        nps ? null : scale,
        random.nextInt(3) == 0 ? null : CHANNELS.get(random.nextInt(2)),
        random.nextInt(3) == 0 ? null : AGENTS.get(random.nextInt(2)));
  }

  private static void insert(Answer a) {
    List<Object> p = new ArrayList<>();
    p.add(a.id());
    p.add(a.customer());
    p.add(Jdbc.time(a.at()));
    p.add(a.nps() == null ? -1 : a.nps());
    p.add(a.csat() == null ? -1 : a.csat());
    p.add(a.scale() == null ? -1 : a.scale());
    p.add(a.channel() == null ? "" : a.channel());
    p.add(a.agent() == null ? "" : a.agent());
    Jdbc.update(
        db.dataSource(),
        "insert into feedback (id, version, customer_id, kind, received_at, nps, csat, csat_scale,"
            + " channel, agent, created_at, created_by) values (?, 1, ?, 'SURVEY', ?,"
            + " nullif(?, -1), nullif(?, -1), nullif(?, -1), nullif(?, ''), nullif(?, ''),"
            + " current_timestamp, 'test')",
        p);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  /** The state of a done follow-up's answer, from the answers themselves. */
  private static String state(Answer a) {
    boolean npsQuestion = a.nps() != null && a.nps() <= 6;
    Answer next =
        answers.stream()
            .filter(n -> n.customer() == a.customer())
            .filter(n -> npsQuestion ? n.nps() != null : n.csat() != null)
            .filter(n -> n.at().isAfter(a.at()) || (n.at().equals(a.at()) && n.id() > a.id()))
            .min(Comparator.comparing(Answer::at).thenComparing(Answer::id))
            .orElse(null);
    if (next == null) {
      return "PENDING";
    }
    Recovery.Case c =
        npsQuestion
            ? new Recovery.Case(a.nps(), 0, 10, next.nps(), 10)
            : new Recovery.Case(a.csat(), 1, a.scale(), next.csat(), next.scale());
    return c.better() ? "RECOVERED" : "NOT_RECOVERED";
  }

  private static RecoveryCounts raw(ReportPeriod p, Predicate<Answer> keep) {
    long recovered = 0;
    long not = 0;
    long pending = 0;
    for (Answer a : answers) {
      LocalDate day = a.at().atZone(TOKYO).toLocalDate();
      if (doneByAnswer.get(a.id()) == null
          || day.isBefore(p.from())
          || day.isAfter(p.to())
          || !keep.test(a)) {
        continue;
      }
      switch (state(a)) {
        case "RECOVERED" -> recovered++;
        case "NOT_RECOVERED" -> not++;
        default -> pending++;
      }
    }
    return new RecoveryCounts(recovered, not, pending);
  }

  private static Map<String, Predicate<Answer>> values(MetricCut cut) {
    Map<String, Predicate<Answer>> out = new TreeMap<>();
    for (Answer a : answers) {
      RollupFixture.Made b = customers.get(a.customer());
      switch (cut) {
        case SEGMENT ->
            b.segments()
                .forEach(s -> out.put(s, x -> customers.get(x.customer()).segments().contains(s)));
        case RELATIONSHIP_TYPE ->
            out.put(b.type(), x -> customers.get(x.customer()).type().equals(b.type()));
        case CHANNEL -> {
          if (a.channel() != null) {
            out.put(a.channel(), x -> a.channel().equals(x.channel()));
          }
        }
        case AGENT -> {
          if (a.agent() != null) {
            out.put(a.agent(), x -> a.agent().equals(x.agent()));
          }
        }
        default -> {}
      }
    }
    return out;
  }

  private void everyCountEqualsTheRawCount() {
    Random random = new Random(17);
    List<ReportPeriod> periods =
        new ArrayList<>(List.of(new ReportPeriod(FIRST, FIRST.plusDays(DAYS))));
    for (int i = 0; i < 5; i++) {
      LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
      periods.add(new ReportPeriod(from, from.plusDays(random.nextInt(120))));
    }
    for (ReportPeriod p : periods) {
      MetricFigures<RecoveryCounts> all =
          metrics.figures(
              RecoveryMetric.RECOVERY, new MetricQuery(p, null, null, PeriodGrouping.MONTH, null));
      assertThat(all.counts()).as("everything in %s", p).isEqualTo(raw(p, a -> true));
      for (MetricFigures.Group<RecoveryCounts> g : all.groups()) {
        assertThat(g.counts()).as("month %s", g.period()).isEqualTo(raw(g.period(), a -> true));
      }
      for (MetricCut cut :
          List.of(
              MetricCut.SEGMENT, MetricCut.RELATIONSHIP_TYPE, MetricCut.CHANNEL, MetricCut.AGENT)) {
        Map<String, RecoveryCounts> expected = new TreeMap<>();
        values(cut)
            .forEach(
                (value, keep) -> {
                  RecoveryCounts want = raw(p, keep);
                  if (!want.equals(RecoveryCounts.NONE)) {
                    expected.put(value, want);
                  }
                  assertThat(
                          metrics
                              .figures(
                                  RecoveryMetric.RECOVERY,
                                  new MetricQuery(p, cut, value, null, null))
                              .counts())
                      .as("%s = %s in %s", cut, value, p)
                      .isEqualTo(want);
                });
        Map<String, RecoveryCounts> byCut = new TreeMap<>();
        metrics
            .figures(RecoveryMetric.RECOVERY, new MetricQuery(p, null, null, null, cut))
            .groups()
            .forEach(g -> byCut.put(g.value(), g.counts()));
        byCut.values().removeIf(RecoveryCounts.NONE::equals);
        assertThat(byCut).as("grouped by %s in %s", cut, p).isEqualTo(expected);
      }
    }
  }

  @Test
  void the_rollup_equals_the_answers_for_every_cut_and_when_made_again() {
    RecoveryCounts all = raw(new ReportPeriod(FIRST, FIRST.plusDays(DAYS)), a -> true);
    assertThat(all.recovered()).isPositive();
    assertThat(all.notRecovered()).isPositive();
    assertThat(all.pending()).isPositive();
    everyCountEqualsTheRawCount();
    db.inTransaction(
        () -> {
          rollup.rebuild();
          return null;
        });
    everyCountEqualsTheRawCount();
  }
}
