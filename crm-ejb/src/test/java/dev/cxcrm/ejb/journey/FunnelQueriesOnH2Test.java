package dev.cxcrm.ejb.journey;

import static dev.cxcrm.domain.shared.JourneyStage.ADVOCACY;
import static dev.cxcrm.domain.shared.JourneyStage.AWARENESS;
import static dev.cxcrm.domain.shared.JourneyStage.CONSIDERATION;
import static dev.cxcrm.domain.shared.JourneyStage.PURCHASE;
import static dev.cxcrm.domain.shared.JourneyStage.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.journey.Conversion;
import dev.cxcrm.domain.journey.Funnel;
import dev.cxcrm.domain.journey.FunnelPeriod;
import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.journey.StageTrail;
import dev.cxcrm.domain.journey.TimeInStage;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.H2Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The funnel's SQL on H2 (the embedded default) against a history worked out by hand. Period: July
 * to September 2026 (UTC), so [2026-07-01, 2026-10-01).
 *
 * <pre>
 * A created 06-01, never moved                                   AWARENESS throughout
 * B created 06-01, AWARENESS→CONSIDERATION 07-10, →PURCHASE 07-20 (stays: 39 d, 10 d)
 * C created 06-15, AWARENESS→CONSIDERATION 06-20, back to AWARENESS 08-01 (stay: 42 d)
 * D created 05-01, AWARENESS→SERVICE 05-10, →ADVOCACY 10-15 (after the period)
 * E created 10-05 (after the period), never moved
 * F created 08-01, AWARENESS→PURCHASE 08-03 12:00 (stay: 2.5 d)
 * G archived, AWARENESS→CONSIDERATION 07-05: left out everywhere
 * H segment vip, created 06-01, AWARENESS→CONSIDERATION 09-30 (stay: 121 d), →PURCHASE 10-02
 * I created 06-01, AWARENESS→CONSIDERATION 07-02 (31 d), back to AWARENESS 07-15 (13 d),
 *   →CONSIDERATION 08-01 (17 d), →PURCHASE 08-10 (9 d), back to CONSIDERATION 09-01 (22 d)
 * </pre>
 *
 * In the period: AWARENESS A B C F H I (moved on: B F H I), CONSIDERATION B C H I (moved on: B I; C
 * went back), PURCHASE B F I, SERVICE D, ADVOCACY nobody; I counts once at each stage although it
 * left AWARENESS and CONSIDERATION twice and moved on from AWARENESS twice. Now: AWARENESS A C E,
 * CONSIDERATION I, PURCHASE B F H, ADVOCACY D.
 */
class FunnelQueriesOnH2Test {
  private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
  private static final FunnelPeriod PERIOD =
      new FunnelPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
  private static Connection c;
  private static final Map<Long, StageTrail> TRAILS = new HashMap<>();
  private static long nextChange = 1;

  @BeforeAll
  static void history() throws SQLException {
    H2Schema.migrate("funnel");
    c = H2Schema.connect("funnel");
    customer(1, "2026-06-01T00:00:00Z", AWARENESS, false);
    customer(2, "2026-06-01T00:00:00Z", PURCHASE, false);
    change(2, AWARENESS, CONSIDERATION, "2026-07-10T00:00:00Z");
    change(2, CONSIDERATION, PURCHASE, "2026-07-20T00:00:00Z");
    customer(3, "2026-06-15T00:00:00Z", AWARENESS, false);
    change(3, AWARENESS, CONSIDERATION, "2026-06-20T00:00:00Z");
    change(3, CONSIDERATION, AWARENESS, "2026-08-01T00:00:00Z");
    customer(4, "2026-05-01T00:00:00Z", ADVOCACY, false);
    change(4, AWARENESS, SERVICE, "2026-05-10T00:00:00Z");
    change(4, SERVICE, ADVOCACY, "2026-10-15T00:00:00Z");
    customer(5, "2026-10-05T00:00:00Z", AWARENESS, false);
    customer(6, "2026-08-01T00:00:00Z", PURCHASE, false);
    change(6, AWARENESS, PURCHASE, "2026-08-03T12:00:00Z");
    customer(7, "2026-06-01T00:00:00Z", CONSIDERATION, true);
    change(7, AWARENESS, CONSIDERATION, "2026-07-05T00:00:00Z");
    customer(8, "2026-06-01T00:00:00Z", PURCHASE, false);
    change(8, AWARENESS, CONSIDERATION, "2026-09-30T00:00:00Z");
    change(8, CONSIDERATION, PURCHASE, "2026-10-02T00:00:00Z");
    customer(9, "2026-06-01T00:00:00Z", CONSIDERATION, false);
    change(9, AWARENESS, CONSIDERATION, "2026-07-02T00:00:00Z");
    change(9, CONSIDERATION, AWARENESS, "2026-07-15T00:00:00Z");
    change(9, AWARENESS, CONSIDERATION, "2026-08-01T00:00:00Z");
    change(9, CONSIDERATION, PURCHASE, "2026-08-10T00:00:00Z");
    change(9, PURCHASE, CONSIDERATION, "2026-09-01T00:00:00Z");
    try (PreparedStatement ps =
        c.prepareStatement("insert into customer_segment (customer_id, label) values (8, 'vip')")) {
      ps.executeUpdate();
    }
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void customers_per_stage_now_leave_out_archived_ones() throws SQLException {
    Funnel f = funnel(null, null);
    assertThat(f.steps()).extracting(Funnel.Step::count).containsExactly(3L, 1L, 3L, 0L, 1L);
    assertThat(f.total()).isEqualTo(8);
  }

  @Test
  void conversion_counts_who_was_in_each_stage_during_the_period_and_who_moved_on() {
    Funnel f = funnel(null, null);
    assertThat(f.step(AWARENESS).conversion()).isEqualTo(new Conversion(4, 6));
    assertThat(f.step(CONSIDERATION).conversion()).isEqualTo(new Conversion(2, 4));
    assertThat(f.step(PURCHASE).conversion()).isEqualTo(new Conversion(0, 3));
    assertThat(f.step(SERVICE).conversion()).isEqualTo(new Conversion(0, 1));
    assertThat(f.step(ADVOCACY).conversion()).isNull();
  }

  @Test
  void the_median_time_in_stage_is_taken_from_stays_that_ended_in_the_period() {
    Funnel f = funnel(null, null);
    // AWARENESS: 2.5, 17, 31, 39 and 121 days; CONSIDERATION: 9, 10, 13 and 42 days; PURCHASE: 22.
    assertThat(f.step(AWARENESS).timeInStage()).isEqualTo(new TimeInStage(31.0, 5));
    assertThat(f.step(CONSIDERATION).timeInStage()).isEqualTo(new TimeInStage(11.5, 4));
    assertThat(f.step(PURCHASE).timeInStage()).isEqualTo(new TimeInStage(22.0, 1));
    assertThat(f.step(SERVICE).timeInStage()).isEqualTo(new TimeInStage(null, 0));
  }

  @Test
  void a_segment_narrows_every_figure_to_its_customers() {
    Funnel f = funnel("vip", null);
    assertThat(f.steps()).extracting(Funnel.Step::count).containsExactly(0L, 0L, 1L, 0L, 0L);
    assertThat(f.step(AWARENESS).conversion()).isEqualTo(new Conversion(1, 1));
    assertThat(f.step(CONSIDERATION).conversion()).isEqualTo(new Conversion(0, 1));
    assertThat(f.step(PURCHASE).conversion().percent()).isNull();
    assertThat(f.step(AWARENESS).timeInStage()).isEqualTo(new TimeInStage(121.0, 1));
  }

  @Test
  void a_relationship_type_nobody_has_gives_counts_of_zero_and_no_rates() {
    Funnel f = funnel(null, "COMMUNITY");
    assertThat(f.total()).isZero();
    assertThat(f.steps())
        .allSatisfy(
            s -> {
              assertThat(s.count()).isZero();
              if (s.conversion() != null) {
                assertThat(s.conversion().percent()).isNull();
              }
              assertThat(s.timeInStage().medianDays()).isNull();
            });
  }

  private static Funnel funnel(String segment, String relationshipType) {
    try {
      return Funnel.of(
          PERIOD, new FunnelQueries(c, segment, relationshipType).figures(START, END, NOW));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void customer(long id, String createdAt, JourneyStage stage, boolean archived)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into customer (id, version, kind, name, sort_key, search_text,"
                + " relationship_type, lifecycle, consent_email, consent_survey, consent_phone,"
                + " consent_sms, customer_since, created_at, created_by, updated_at, archived_at,"
                + " stage) values (?, 1, 'PERSON', ?, ?, ?, 'LONG_TERM', 'ACTIVE', false, false,"
                + " false, false, date '2026-01-01', ?, 'test', ?, ?, ?)")) {
      OffsetDateTime at = OffsetDateTime.ofInstant(Instant.parse(createdAt), ZoneOffset.UTC);
      ps.setLong(1, id);
      ps.setString(2, "c" + id);
      ps.setString(3, "c" + id);
      ps.setString(4, "c" + id);
      ps.setObject(5, at);
      ps.setObject(6, at);
      ps.setObject(7, archived ? at : null);
      ps.setString(8, stage.name());
      ps.executeUpdate();
    }
    TRAILS.put(id, StageTrail.of(id, Instant.parse(createdAt)));
  }

  /** A change as JourneyService writes it: through the customer's trail. */
  private static void change(long customer, JourneyStage from, JourneyStage to, String at)
      throws SQLException {
    StageChange m = TRAILS.get(customer).move(from, to, Instant.parse(at), "test");
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into customer_stage_change (id, customer_id, from_stage, to_stage, changed_at,"
                + " changed_by, entered_at, to_stage_last_left_at, from_stage_last_moved_on_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, nextChange++);
      ps.setLong(2, m.customerId());
      ps.setString(3, m.fromStage().name());
      ps.setString(4, m.toStage().name());
      ps.setObject(5, utc(m.changedAt()));
      ps.setString(6, m.changedBy());
      ps.setObject(7, utc(m.enteredAt()));
      ps.setObject(8, utc(m.toStageLastLeftAt()));
      ps.setObject(9, utc(m.fromStageLastMovedOnAt()));
      ps.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
