package dev.cxcrm.ejb.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.journey.FunnelFigures;
import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.journey.StageTrail;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The funnel's SQL against its definitions (docs/decisions/0004), worked out in plain Java from the
 * raw history of 600 customers with random journeys: skips, moves back, stages left and entered
 * several times, moves at the same instant, archived customers, two relationship types and a
 * segment; for periods in the past and periods that end after now. The history is written before
 * V3_50, whose back-fill must give every change the same instants as {@link StageTrail} gives a new
 * one.
 */
class FunnelDefinitionsOnH2Test {
  private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
  private static final Instant FIRST = NOW.minus(Duration.ofDays(730));
  private static final JourneyStage[] STAGES = JourneyStage.values();
  private static final String[] TYPES = {"LONG_TERM", "COMMUNITY"};
  private static final List<Journey> JOURNEYS = new ArrayList<>();
  private static Connection c;

  /** One customer as generated, with its changes in the order of the chain. */
  record Journey(
      long id,
      Instant createdAt,
      JourneyStage stage,
      String type,
      boolean vip,
      boolean archived,
      List<Move> moves) {}

  record Move(long id, JourneyStage from, JourneyStage to, Instant at) {}

  @BeforeAll
  static void history() throws SQLException {
    H2Schema.migrate("funnel-definitions", "3.12");
    c = H2Schema.connect("funnel-definitions");
    Random r = new Random(20261123);
    long changeId = 1;
    for (long id = 1; id <= 600; id++) {
      Instant created = FIRST.plusSeconds(r.nextInt(700 * 24 * 3600));
      JourneyStage stage = STAGES[r.nextInt(3)];
      List<Move> moves = new ArrayList<>();
      Instant at = created;
      int n = r.nextInt(8);
      for (int k = 0; k < n; k++) {
        // Now and then two moves at the same instant: the chain orders them by id.
        at = r.nextInt(20) == 0 ? at : at.plusSeconds(1 + r.nextInt(60 * 24 * 3600));
        if (at.isAfter(NOW)) {
          break;
        }
        JourneyStage to = STAGES[r.nextInt(STAGES.length)];
        if (to != stage) {
          moves.add(new Move(changeId++, stage, to, at));
          stage = to;
        }
      }
      Journey j =
          new Journey(
              id,
              created,
              stage,
              TYPES[r.nextInt(TYPES.length)],
              r.nextInt(3) == 0,
              r.nextInt(15) == 0,
              moves);
      JOURNEYS.add(j);
      write(j);
    }
    H2Schema.migrate("funnel-definitions");
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void the_migration_gives_every_change_the_instants_a_new_change_gets() throws SQLException {
    Map<Long, StageChange> expected = new HashMap<>();
    for (Journey j : JOURNEYS) {
      StageTrail trail = StageTrail.of(j.id(), j.createdAt());
      j.moves().forEach(m -> expected.put(m.id(), trail.move(m.from(), m.to(), m.at(), "test")));
    }
    int rows = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "select id, entered_at, to_stage_last_left_at, from_stage_last_moved_on_at"
                    + " from customer_stage_change");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        StageChange e = expected.get(rs.getLong(1));
        assertThat(instant(rs, 2)).as("entered_at of %d", rs.getLong(1)).isEqualTo(e.enteredAt());
        assertThat(instant(rs, 3)).isEqualTo(e.toStageLastLeftAt());
        assertThat(instant(rs, 4)).isEqualTo(e.fromStageLastMovedOnAt());
        rows++;
      }
    }
    assertThat(rows).isEqualTo(expected.size()).isGreaterThan(1000);
  }

  @Test
  void every_figure_follows_the_definitions_for_past_and_current_periods() throws SQLException {
    Random r = new Random(7);
    String[][] filters = {{null, null}, {"vip", null}, {null, "COMMUNITY"}, {"vip", "LONG_TERM"}};
    for (int k = 0; k < 40; k++) {
      Instant start = FIRST.plus(Duration.ofDays(r.nextInt(700)));
      // Some periods end after now (the usual "up to today"), some in the past.
      Instant end = start.plus(Duration.ofDays(1 + r.nextInt(k % 4 == 0 ? 800 : 120)));
      for (String[] f : filters) {
        FunnelFigures sql = new FunnelQueries(c, f[0], f[1]).figures(start, end, NOW);
        FunnelFigures expected = byDefinition(start, end, f[0], f[1]);
        String what = start + " to " + end + " " + f[0] + "/" + f[1];
        assertThat(sql.current()).as("current, " + what).isEqualTo(expected.current());
        assertThat(nonZero(sql.inStage())).as("in stage, " + what).isEqualTo(expected.inStage());
        assertThat(nonZero(sql.movedOn())).as("moved on, " + what).isEqualTo(expected.movedOn());
        assertThat(sql.finishedStayMinutes())
            .as("stays, " + what)
            .isEqualTo(expected.finishedStayMinutes());
      }
    }
  }

  /** The figures as 0004 defines them, customer by customer (zeros left out, as SQL does). */
  private static FunnelFigures byDefinition(
      Instant start, Instant end, String segment, String type) {
    Map<JourneyStage, Long> current = new EnumMap<>(JourneyStage.class);
    Map<JourneyStage, Long> inStage = new EnumMap<>(JourneyStage.class);
    Map<JourneyStage, Long> movedOn = new EnumMap<>(JourneyStage.class);
    Map<JourneyStage, Map<Long, Long>> stays = new EnumMap<>(JourneyStage.class);
    for (Journey j : JOURNEYS) {
      if (j.archived()
          || (segment != null && !j.vip())
          || (type != null && !type.equals(j.type()))) {
        continue;
      }
      current.merge(j.stage(), 1L, Long::sum);
      JourneyStage atEnd =
          j.moves().stream()
              .filter(m -> !m.at().isBefore(end))
              .map(Move::from)
              .findFirst()
              .orElse(j.stage());
      List<Move> in = j.moves().stream().filter(m -> inPeriod(m.at(), start, end)).toList();
      for (JourneyStage s : STAGES) {
        boolean wasAt =
            (j.createdAt().isBefore(end) && atEnd == s)
                || in.stream().anyMatch(m -> m.from() == s || m.to() == s);
        if (wasAt) {
          inStage.merge(s, 1L, Long::sum);
        }
        if (in.stream().anyMatch(m -> m.from() == s && m.to().ordinal() > s.ordinal())) {
          movedOn.merge(s, 1L, Long::sum);
        }
      }
      for (int k = 0; k < j.moves().size(); k++) {
        Move m = j.moves().get(k);
        if (inPeriod(m.at(), start, end)) {
          Instant began = k == 0 ? j.createdAt() : j.moves().get(k - 1).at();
          long minutes =
              Math.max(0, Math.floorDiv(m.at().getEpochSecond() - began.getEpochSecond(), 60));
          stays.computeIfAbsent(m.from(), s -> new HashMap<>()).merge(minutes, 1L, Long::sum);
        }
      }
    }
    return new FunnelFigures(current, inStage, movedOn, stays);
  }

  private static boolean inPeriod(Instant at, Instant start, Instant end) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  /** The customer and its changes as they were before V3_50: no instants from the history. */
  private static void write(Journey j) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into customer (id, version, kind, name, sort_key, search_text,"
                + " relationship_type, lifecycle, consent_email, consent_survey, consent_phone,"
                + " consent_sms, customer_since, created_at, created_by, updated_at, archived_at,"
                + " stage) values (?, 1, 'PERSON', ?, ?, ?, ?, 'ACTIVE', false, false,"
                + " false, false, date '2025-01-01', ?, 'test', ?, ?, ?)")) {
      ps.setLong(1, j.id());
      ps.setString(2, "c" + j.id());
      ps.setString(3, "c" + j.id());
      ps.setString(4, "c" + j.id());
      ps.setString(5, j.type());
      ps.setObject(6, utc(j.createdAt()));
      ps.setObject(7, utc(j.createdAt()));
      ps.setObject(8, j.archived() ? utc(NOW) : null);
      ps.setString(9, j.stage().name());
      ps.executeUpdate();
    }
    if (j.vip()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into customer_segment (customer_id, label) values (?, 'vip')")) {
        ps.setLong(1, j.id());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at,"
                + " changed_by) values (?, ?, ?, ?, ?, 'test')")) {
      for (Move m : j.moves()) {
        ps.setLong(1, m.id());
        ps.setLong(2, j.id());
        ps.setString(3, m.from().name());
        ps.setString(4, m.to().name());
        ps.setObject(5, utc(m.at()));
        ps.executeUpdate();
      }
    }
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** The figures without stages counted zero, which SQL may or may not name. */
  private static Map<JourneyStage, Long> nonZero(Map<JourneyStage, Long> m) {
    Map<JourneyStage, Long> n = new EnumMap<>(JourneyStage.class);
    m.forEach(
        (s, v) -> {
          if (v != 0) {
            n.put(s, v);
          }
        });
    return n;
  }
}
