package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.FunnelFigures;
import dev.cxcrm.domain.shared.JourneyStage;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The funnel's counts as aggregate SQL (PostgreSQL and H2 alike), so that no customer is loaded:
 * the current count per stage is one grouped count over the customer table (customer_stage_idx);
 * everything about the period reads the stage changes in it or after it once, in one range scan of
 * customer_stage_change_period_idx with window functions per customer, and joins their customers on
 * customer_funnel_idx (both index-only on PostgreSQL, V3_12).
 *
 * <p>Who was at stage i during the period [start, end): a customer touched by a change in it (to or
 * from i), or one whose stage at the end was i (and who existed by then). A customer's stage at the
 * end is the stage its first change at or after the end left, or its current stage when it has no
 * such change. Counting the second group for a million customers is the grouped count of current
 * stages corrected by the few customers changed after the end; the first group adds only the
 * touched stages that differ from the stage at the end, so nobody is counted twice. This relies on
 * the history being a chain (each change leaves the stage the previous one entered, and a
 * customer's first stage is the one its first change left), which {@link JourneyService} keeps. See
 * docs/decisions/0004-journey-stages-and-funnel.md.
 */
public final class FunnelQueries {
  private static final String ORDINAL =
      Stream.of(JourneyStage.values())
          .map(s -> "when '" + s.name() + "' then " + s.ordinal())
          .collect(Collectors.joining(" ", "case %s ", " end"));

  /**
   * Customers changed at or after the end, with the stage they were at when the period ended: the
   * stage their first change since then left, numbered in one pass over those changes.
   */
  private static final String LATER =
      "(select customer_id, stage from (select customer_id, from_stage as stage,"
          + " row_number() over (partition by customer_id order by changed_at, id) as n"
          + " from customer_stage_change where changed_at >= ?) f where n = 1)";

  private final Connection connection;
  private final String where;
  private final List<Object> whereParams = new ArrayList<>();

  /**
   * Counts over the customers that are not archived and, when given, carry the segment label and
   * have the relationship type.
   */
  public FunnelQueries(Connection connection, String segment, String relationshipType) {
    this.connection = connection;
    StringBuilder w = new StringBuilder("c.archived_at is null");
    if (relationshipType != null) {
      w.append(" and c.relationship_type = ?");
      whereParams.add(relationshipType);
    }
    if (segment != null) {
      w.append(
          " and exists (select 1 from customer_segment g where g.customer_id = c.id and g.label = ?)");
      whereParams.add(segment);
    }
    where = w.toString();
  }

  /** All the funnel's counts for the period [start, end); {@code now} is the current time. */
  public FunnelFigures figures(Instant start, Instant end, Instant now) throws SQLException {
    withoutJitCompilation();
    Map<JourneyStage, Long> current = current();
    Map<JourneyStage, Long> inStage =
        end.isAfter(now) ? new EnumMap<>(current) : countsCreatedBefore(end);
    correctForLaterChanges(inStage, end);
    Map<JourneyStage, Long> movedOn = new EnumMap<>(JourneyStage.class);
    stagesLeft(start, end, inStage, movedOn);
    return new FunnelFigures(current, inStage, movedOn, finishedStays(start, end));
  }

  /**
   * PostgreSQL compiles a query whose estimated cost is high (as these are, over a period's
   * hundreds of thousands of changes) to machine code first; on the bench that compilation took 0.5
   * to 3.4 s per query, longer than running it. Only for the funnel's transaction.
   */
  private void withoutJitCompilation() throws SQLException {
    if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      try (Statement s = connection.createStatement()) {
        s.execute("set local jit = off");
      }
    }
  }

  /** Customers per stage now. */
  Map<JourneyStage, Long> current() throws SQLException {
    return counts(
        "select c.stage, count(*) from customer c where " + where + " group by c.stage",
        List.of(),
        List.of());
  }

  private Map<JourneyStage, Long> countsCreatedBefore(Instant end) throws SQLException {
    return counts(
        "select c.stage, count(*) from customer c where "
            + where
            + " and c.created_at < ? group by c.stage",
        List.of(),
        List.of(at(end)));
  }

  /** Customers changed after the end were at another stage then than now. */
  private void correctForLaterChanges(Map<JourneyStage, Long> atEnd, Instant end)
      throws SQLException {
    String sql =
        "select c.stage, l.stage, count(*) from "
            + LATER
            + " l join customer c on c.id = l.customer_id"
            + " where "
            + where
            + " and c.created_at < ? group by c.stage, l.stage";
    try (PreparedStatement ps = prepare(sql, List.of(at(end)), List.of(at(end)))) {
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
   * One pass over the period's changes, per stage a customer left in it: adds to {@code inStage}
   * the customers for whom it is not the stage they ended the period at, and counts in {@code
   * movedOn} those who moved from it to a later stage.
   *
   * <p>The history is a chain (each change leaves the stage the previous one entered), so the
   * stages a customer passed through in the period are the ones its changes in it left plus the one
   * its last change entered, which is its stage at the end (a later change leaves that stage); the
   * customer's stage at the end was counted already.
   */
  private void stagesLeft(
      Instant start, Instant end, Map<JourneyStage, Long> inStage, Map<JourneyStage, Long> movedOn)
      throws SQLException {
    String sql =
        "select t.stage, sum(t.passed), sum(t.moved_on) from (select x.customer_id,"
            + " x.from_stage as stage,"
            + " max(case when x.from_stage <> x.at_end then 1 else 0 end) as passed,"
            + " max(case when "
            + ORDINAL.formatted("x.to_stage")
            + " > "
            + ORDINAL.formatted("x.from_stage")
            + " then 1 else 0 end) as moved_on"
            + " from (select customer_id, from_stage, to_stage, first_value(to_stage) over"
            + " (partition by customer_id order by changed_at desc, id desc) as at_end"
            + " from customer_stage_change where changed_at >= ? and changed_at < ?) x"
            + " where x.from_stage is not null group by x.customer_id, x.from_stage) t"
            + " join customer c on c.id = t.customer_id where "
            + where
            + " group by t.stage";
    try (PreparedStatement ps = prepare(sql, List.of(at(start), at(end)), List.of())) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          JourneyStage stage = JourneyStage.valueOf(rs.getString(1));
          if (rs.getLong(2) > 0) {
            inStage.merge(stage, rs.getLong(2), Long::sum);
          }
          if (rs.getLong(3) > 0) {
            movedOn.put(stage, rs.getLong(3));
          }
        }
      }
    }
  }

  /**
   * Stays that ended in the period, per stage left, as whole minutes to their number. A stay began
   * with the customer's previous change or, for its first stage, when it was created. The previous
   * change is the one before in the period ({@code lag}); only a customer's first change in the
   * period looks up its last change before the period.
   */
  Map<JourneyStage, Map<Long, Long>> finishedStays(Instant start, Instant end) throws SQLException {
    String entered =
        "coalesce(x.previous, (select max(p.changed_at) from customer_stage_change p"
            + " where p.customer_id = x.customer_id and p.changed_at < ?), c.created_at)";
    String sql =
        "select stage, minutes, count(*) from (select x.from_stage as stage,"
            + " floor((extract(epoch from x.changed_at) - extract(epoch from "
            + entered
            + ")) / 60) as minutes"
            + " from (select customer_id, from_stage, changed_at, lag(changed_at) over"
            + " (partition by customer_id order by changed_at, id) as previous"
            + " from customer_stage_change where changed_at >= ? and changed_at < ?) x"
            + " join customer c on c.id = x.customer_id"
            + " where x.from_stage is not null and "
            + where
            + ") s group by stage, minutes";
    Map<JourneyStage, Map<Long, Long>> stays = new EnumMap<>(JourneyStage.class);
    try (PreparedStatement ps = prepare(sql, List.of(at(start), at(start), at(end)), List.of())) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long minutes = Math.max(0, rs.getLong(2));
          stays
              .computeIfAbsent(JourneyStage.valueOf(rs.getString(1)), s -> new HashMap<>())
              .merge(minutes, rs.getLong(3), Long::sum);
        }
      }
    }
    return stays;
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
