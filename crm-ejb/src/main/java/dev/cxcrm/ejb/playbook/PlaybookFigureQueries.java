package dev.cxcrm.ejb.playbook;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.playbook.ProactiveFigures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The proactive figures in the database, the same SQL on PostgreSQL and H2: outbound contacts by
 * purpose (through the interaction feature's {@code shared_interaction}), and each customer's tasks
 * first due in the period reduced to its worst state (0 on time, 1 pending, 2 not on time), counted
 * per group. One statement per figure and cut, and one for everyone.
 */
@ApplicationScoped
public class PlaybookFigureQueries {
  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  private static final String WORST =
      "max(case when t.status = 'DONE' and t.closed_on <= t.planned_on then 0"
          + " when t.status = 'OPEN' and t.planned_on >= ? then 1 else 2 end)";

  /**
   * The figures of each group of the cut ({@code by} null: one row for everyone, key null), over
   * the contacts that occurred from {@code start} to before {@code end} and the tasks first due
   * from {@code from} to {@code to}; {@code today} decides which open tasks are still pending.
   */
  public List<ProactiveFigures> figures(
      ProactiveFigures.By by,
      Instant start,
      Instant end,
      LocalDate from,
      LocalDate to,
      LocalDate today) {
    String contactKey =
        by == null ? null : by == ProactiveFigures.By.TYPE ? "c.relationship_type" : "i.agent";
    String taskKey =
        by == null ? null : by == ProactiveFigures.By.TYPE ? "s.relationship_type" : "t.assignee";
    Map<String, long[]> rows = new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
    String contacts =
        "select "
            + (contactKey == null ? "null" : contactKey)
            + ", count(*), sum(case when i.purpose = 'PROACTIVE' then 1 else 0 end)"
            + " from shared_interaction i join shared_customer c on c.id = i.customer_id"
            + " where i.direction = 'OUTBOUND' and i.occurred_at >= ? and i.occurred_at < ?"
            + (contactKey == null ? "" : " group by " + contactKey);
    String tasks =
        "select k, sum(case when worst = 0 then 1 else 0 end),"
            + " sum(case when worst = 2 then 1 else 0 end),"
            + " sum(case when worst = 1 then 1 else 0 end) from (select "
            + (taskKey == null ? "null" : taskKey)
            + " as k, t.customer_id, "
            + WORST
            + " as worst from task t join playbook_step s on s.id = t.step_id"
            + " where t.status <> 'CANCELLED' and t.planned_on >= ? and t.planned_on <= ?"
            + " group by "
            + (taskKey == null ? "" : taskKey + ", ")
            + "t.customer_id) x group by k";
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(contacts)) {
        s.setObject(1, time(start));
        s.setObject(2, time(end));
        read(s, rows, 0, 2);
      }
      try (PreparedStatement s = c.prepareStatement(tasks)) {
        s.setObject(1, today);
        s.setObject(2, from);
        s.setObject(3, to);
        read(s, rows, 2, 3);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the proactive figures failed", e);
    }
    List<ProactiveFigures> out = new ArrayList<>();
    rows.forEach((k, v) -> out.add(new ProactiveFigures(k, v[0], v[1], v[2], v[3], v[4])));
    if (out.isEmpty() && by == null) {
      out.add(new ProactiveFigures(null, 0, 0, 0, 0, 0));
    }
    return out;
  }

  /** Adds the statement's counts (after the key column) to the rows, from position {@code at}. */
  private static void read(PreparedStatement s, Map<String, long[]> rows, int at, int counts)
      throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long[] row = rows.computeIfAbsent(r.getString(1), k -> new long[5]);
        for (int i = 0; i < counts; i++) {
          row[at + i] = r.getLong(2 + i);
        }
      }
    }
  }
}
