package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.FunnelFigures;
import dev.cxcrm.domain.journey.StageTrail;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel's counts as aggregate SQL (PostgreSQL and H2 alike), so that no customer is loaded:
 * the current count per stage is one grouped count over the customer table; everything about the
 * period is one grouped count over the changes in it (one range scan of
 * customer_stage_change_period_idx), each change checked against the filter's customers.
 *
 * <p>No query looks at a customer's other changes: every change carries what the funnel needs from
 * the customer's earlier history ({@link StageTrail}): when the stay it ends began, when the
 * customer last left the stage it enters and when it last moved on from the stage it leaves. Who
 * was at stage i during the period [start, end) is who had a stay at i that overlapped it: the stay
 * at the end of the period, or a stay that ended in it (a change from i). A customer with several
 * such stays at i is counted once: each further one began with a change into i in the period whose
 * customer had left i in the period already, and those are subtracted. Likewise a customer who
 * moved on from i more than once in the period is counted at its first such move only. This relies
 * on the history being a chain (each change leaves the stage the previous one entered, and a
 * customer's first stage is the one its first change left), which {@link JourneyService} keeps. See
 * docs/decisions/0004-journey-stages-and-funnel.md.
 */
public final class FunnelQueries {
  private final Connection connection;
  private final String where;

  /** The same customers as {@link #where}, for a change {@code s}, with the same parameters. */
  private final String ofCustomers;

  private final List<Object> whereParams = new ArrayList<>();

  /**
   * Counts over the customers that are not archived and, when given, carry the segment label and
   * have the relationship type.
   */
  public FunnelQueries(Connection connection, String segment, String relationshipType) {
    this.connection = connection;
    StringBuilder w = new StringBuilder("c.archived_at is null");
    // A period's changes are checked against the few archived customers (customer_archived_idx)
    // and the customers of the type or segment, each read once from an index into a hash, rather
    // than joined to all customers: that join read the million entries of customer_funnel_idx.
    StringBuilder o =
        new StringBuilder(
            "not exists (select 1 from shared_customer a where a.id = s.customer_id"
                + " and a.archived_at is not null)");
    if (relationshipType != null) {
      w.append(" and c.relationship_type = ?");
      o.append(
          " and s.customer_id in (select t.id from shared_customer t where t.archived_at is null"
              + " and t.relationship_type = ?)");
      whereParams.add(relationshipType);
    }
    if (segment != null) {
      w.append(
          " and exists (select 1 from shared_customer_segment g where g.customer_id = c.id and g.label = ?)");
      o.append(
          " and s.customer_id in (select g.customer_id from shared_customer_segment g where g.label = ?)");
      whereParams.add(segment);
    }
    where = w.toString();
    ofCustomers = o.toString();
  }

  /** All the funnel's counts for the period [start, end); {@code now} is the current time. */
  public FunnelFigures figures(Instant start, Instant end, Instant now) throws SQLException {
    tuneForLargeAggregates();
    Map<JourneyStage, Long> current = current();
    Map<JourneyStage, Long> inStage =
        end.isAfter(now) ? new EnumMap<>(current) : countsCreatedBefore(end);
    correctForLaterChanges(inStage, end);
    Map<JourneyStage, Long> movedOn = new EnumMap<>(JourneyStage.class);
    Map<JourneyStage, Map<Long, Long>> stays = new EnumMap<>(JourneyStage.class);
    period(start, end, inStage, movedOn, stays);
    return new FunnelFigures(current, inStage, movedOn, stays);
  }

  /**
   * Only for the funnel's transaction. PostgreSQL compiles a query whose estimated cost is high (as
   * these are, over a period's hundreds of thousands of changes) to machine code first; on the
   * bench that compilation took 0.5 to 3.4 s per query, longer than running it.
   */
  private void tuneForLargeAggregates() throws SQLException {
    if (Jdbc.isPostgres(connection)) {
      try (Statement s = connection.createStatement()) {
        s.execute("set local jit = off");
        // The planner cannot tell how few (stage, minutes) groups a period's changes make (about
        // 2,000 for a year on the bench) and, with the default 4 MB, sorted them on disk instead.
        s.execute("set local work_mem = '64MB'");
      }
    }
  }

  /** Customers per stage now. */
  Map<JourneyStage, Long> current() throws SQLException {
    return counts(
        "select c.stage, count(*) from shared_customer c where " + where + " group by c.stage",
        List.of(),
        List.of());
  }

  private Map<JourneyStage, Long> countsCreatedBefore(Instant end) throws SQLException {
    return counts(
        "select c.stage, count(*) from shared_customer c where "
            + where
            + " and c.created_at < ? group by c.stage",
        List.of(),
        List.of(at(end)));
  }

  /**
   * Customers changed at or after the end were at another stage then than now: the stage their
   * first change since then left. That change is the one whose stay began before the end.
   */
  private void correctForLaterChanges(Map<JourneyStage, Long> atEnd, Instant end)
      throws SQLException {
    String sql =
        "select c.stage, s.from_stage, count(*) from customer_stage_change s"
            + " join shared_customer c on c.id = s.customer_id"
            + " where s.changed_at >= ? and s.entered_at < ? and "
            + where
            + " and c.created_at < ? group by c.stage, s.from_stage";
    try (PreparedStatement ps = prepare(sql, List.of(at(end), at(end)), List.of(at(end)))) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong(3);
          atEnd.merge(JourneyStage.valueOf(rs.getString(1)), -n, Long::sum);
          if (rs.getString(2) != null) {
            atEnd.merge(JourneyStage.valueOf(rs.getString(2)), n, Long::sum);
          }
        }
      }
    }
  }

  /**
   * The period's changes grouped by (from, to, minutes the stay they ended lasted), in one scan:
   * adds to {@code inStage} the customers who were at a stage during the period but not at its end
   * (counted already), counts in {@code movedOn} those who moved from a stage to a later one, and
   * in {@code stays} the stays that ended in the period, per stage, as whole minutes to their
   * number.
   *
   * <p>Each change from i ended a stay at i that overlapped the period and began at its {@code
   * entered_at}; a change into i whose customer had left i since the start began another such stay
   * of a customer counted already. A change on from i whose customer had moved on from i since the
   * start was counted already.
   */
  private void period(
      Instant start,
      Instant end,
      Map<JourneyStage, Long> inStage,
      Map<JourneyStage, Long> movedOn,
      Map<JourneyStage, Map<Long, Long>> stays)
      throws SQLException {
    String sql =
        "select from_stage, to_stage, minutes, count(*), sum(first_on), sum(came_back) from"
            + " (select s.from_stage, s.to_stage,"
            + " floor((extract(epoch from s.changed_at) - extract(epoch from s.entered_at)) / 60)"
            + " as minutes,"
            + " case when s.from_stage_last_moved_on_at >= ? then 0 else 1 end as first_on,"
            + " case when s.to_stage_last_left_at >= ? then 1 else 0 end as came_back"
            + " from customer_stage_change s where s.changed_at >= ? and s.changed_at < ? and "
            + ofCustomers
            + ") x group by from_stage, to_stage, minutes";
    List<Object> before = List.of(at(start), at(start), at(start), at(end));
    try (PreparedStatement ps = prepare(sql, before, List.of())) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          JourneyStage to = JourneyStage.valueOf(rs.getString(2));
          long n = rs.getLong(4);
          if (rs.getString(1) != null) {
            JourneyStage from = JourneyStage.valueOf(rs.getString(1));
            inStage.merge(from, n, Long::sum);
            if (to.ordinal() > from.ordinal()) {
              movedOn.merge(from, rs.getLong(5), Long::sum);
            }
            stays
                .computeIfAbsent(from, f -> new HashMap<>())
                .merge(Math.max(0, rs.getLong(3)), n, Long::sum);
          }
          inStage.merge(to, -rs.getLong(6), Long::sum);
        }
      }
    }
  }

  /**
   * Runs a query whose rows are (stage, count); {@code before} are the parameters ahead of the
   * filter's, {@code after} those behind it.
   */
  private Map<JourneyStage, Long> counts(String sql, List<Object> before, List<Object> after)
      throws SQLException {
    Map<JourneyStage, Long> counts = new EnumMap<>(JourneyStage.class);
    try (PreparedStatement ps = prepare(sql, before, after)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            counts.merge(JourneyStage.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
          }
        }
      }
    }
    return counts;
  }

  private PreparedStatement prepare(String sql, List<Object> before, List<Object> after)
      throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    int i = 1;
    for (Object p : before) {
      ps.setObject(i++, p);
    }
    for (Object p : whereParams) {
      ps.setObject(i++, p);
    }
    for (Object p : after) {
      ps.setObject(i++, p);
    }
    return ps;
  }

  private static OffsetDateTime at(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
