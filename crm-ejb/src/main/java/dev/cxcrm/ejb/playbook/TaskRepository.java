package dev.cxcrm.ejb.playbook;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.bindAll;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.marks;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.playbook.Task;
import dev.cxcrm.domain.playbook.TaskCursor;
import dev.cxcrm.domain.playbook.TaskStatus;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The tasks in the database: queues and a customer's tasks read through JPA; what the planner reads
 * of customers (through the customer feature's {@code shared_*} views) and the tasks it writes, in
 * JDBC batches; and the planner's lease. Runs in the caller's transaction.
 */
@ApplicationScoped
public class TaskRepository extends EntityRepository<Task, Long> {
  static final String LEASE = "tasks";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  public TaskRepository() {
    super(Task.class);
  }

  /**
   * Up to {@code limit} open tasks of one queue after {@code after}, earliest due first: the
   * assignee's, or with {@code assignee} null the team's (tasks nobody in particular owns).
   */
  public List<Task> queue(String assignee, TaskCursor after, int limit) {
    StringBuilder jpql =
        new StringBuilder("select t from Task t where t.status = :open")
            .append(assignee == null ? " and t.assignee is null" : " and t.assignee = :who");
    if (after != null) {
      jpql.append(" and (t.dueOn > :d or (t.dueOn = :d and t.id > :id))");
    }
    jpql.append(" order by t.dueOn, t.id");
    TypedQuery<Task> q =
        em.createQuery(jpql.toString(), Task.class).setParameter("open", TaskStatus.OPEN);
    if (assignee != null) {
      q.setParameter("who", assignee);
    }
    if (after != null) {
      q.setParameter("d", after.dueOn()).setParameter("id", after.id());
    }
    return q.setMaxResults(limit).getResultList();
  }

  /** The customer's open tasks, earliest due first. */
  public List<Task> openFor(long customerId, int limit) {
    return em.createQuery(
            "select t from Task t where t.customerId = :c and t.status = :open"
                + " order by t.dueOn, t.id",
            Task.class)
        .setParameter("c", customerId)
        .setParameter("open", TaskStatus.OPEN)
        .setMaxResults(limit)
        .getResultList();
  }

  private static final String REACH =
      "select id, relationship_type, owner, customer_since, preferred_channel, consent_email,"
          + " consent_phone, consent_sms, contact_from, contact_until from shared_customer_reach"
          + " where archived_at is null and lifecycle <> 'CHURNED'";

  /**
   * Up to {@code limit} customers after {@code afterId} in id order that may have proactive tasks:
   * of these types, not archived, not churned.
   */
  List<Reach> reachable(Long afterId, Collection<RelationshipType> types, int limit) {
    List<Object> params = new ArrayList<>(types.stream().map(Enum::name).toList());
    params.add(afterId == null ? 0L : afterId);
    params.add(limit);
    return reach(
        REACH
            + " and relationship_type in ("
            + marks(types.size())
            + ") and id > ? order by id limit ?",
        params);
  }

  /** These customers (at most a thousand) as the planner reads them, less archived and churned. */
  List<Reach> reach(List<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    return reach(
        REACH + " and id in (" + marks(customerIds.size()) + ")", List.copyOf(customerIds));
  }

  private List<Reach> reach(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindAll(s, 1, params);
      List<Reach> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String preferred = r.getString(5);
          out.add(
              new Reach(
                  r.getLong(1),
                  RelationshipType.valueOf(r.getString(2)),
                  r.getString(3),
                  r.getObject(4, LocalDate.class),
                  preferred == null ? null : Channel.valueOf(preferred),
                  new ConsentChoice(r.getBoolean(6), false, r.getBoolean(7), r.getBoolean(8)),
                  DailyHours.ofNullable(
                      r.getObject(9, LocalTime.class), r.getObject(10, LocalTime.class))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading customers to plan failed", e);
    }
  }

  /** The important dates of these customers, by customer and kind. */
  Map<Long, Map<ImportantDateKind, List<LocalDate>>> importantDates(Collection<Long> ids) {
    Map<Long, Map<ImportantDateKind, List<LocalDate>>> out = new HashMap<>();
    Jdbc.selectIn(
        dataSource,
        "select customer_id, kind, on_date from shared_important_date where customer_id in",
        ids,
        r -> {
          out.computeIfAbsent(r.getLong(1), k -> new EnumMap<>(ImportantDateKind.class))
              .computeIfAbsent(ImportantDateKind.valueOf(r.getString(2)), k -> new ArrayList<>())
              .add(r.getObject(3, LocalDate.class));
          return null;
        });
    return out;
  }

  /** The days (in {@code zone}) these customers' cases were resolved on, from {@code since}. */
  Map<Long, List<LocalDate>> resolvedCases(Collection<Long> ids, Instant since, ZoneId zone) {
    Map<Long, List<LocalDate>> out = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      String sql =
          "select customer_id, resolved_at from shared_resolved_case where customer_id in ("
              + marks(chunk.size())
              + ") and resolved_at >= ?";
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        int p = bindAll(s, 1, chunk);
        s.setObject(p, time(since));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(Jdbc.instant(r.getObject(2)).atZone(zone).toLocalDate());
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading resolved cases failed", e);
      }
    }
    return out;
  }

  /**
   * Writes the tasks that do not exist yet (same step, customer and occurrence) and returns how
   * many it wrote. The unique key guards against a race that the lease does not exclude.
   */
  int insert(List<NewTask> rows, Instant now) {
    if (rows.isEmpty()) {
      return 0;
    }
    String sql =
        "insert into task (id, version, customer_id, step_id, occurrence, due_on, planned_on,"
            + " assignee, channel, status, created_at) select ?, 1, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?"
            + " where not exists (select 1 from task where step_id = ? and customer_id = ?"
            + " and occurrence = ?)";
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = Jdbc.ids(c, "task_seq", rows.size());
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < rows.size(); i++) {
          NewTask t = rows.get(i);
          s.setLong(1, ids.get(i));
          s.setLong(2, t.customerId());
          s.setLong(3, t.stepId());
          s.setObject(4, t.occurrence());
          s.setObject(5, t.dueOn());
          s.setObject(6, t.dueOn());
          s.setString(7, t.assignee());
          s.setString(8, t.channel() == null ? null : t.channel().name());
          s.setObject(9, time(now));
          s.setLong(10, t.stepId());
          s.setLong(11, t.customerId());
          s.setObject(12, t.occurrence());
          s.addBatch();
        }
        int written = 0;
        for (int n : s.executeBatch()) {
          written += Math.max(0, n);
        }
        return written;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing tasks failed", e);
    }
  }

  /**
   * What a customer's open tasks follow: its type (null: it left, or allows no channel any more),
   * whom they go to, and the channel it may be contacted on now.
   */
  record Followed(long customerId, RelationshipType type, String assignee, Channel channel) {}

  /**
   * The customers' open tasks follow them, in three batches: those of steps of another relationship
   * type (all of them when the customer left) are cancelled, the others go to the assignee (null:
   * the team) on the channel the customer allows now.
   */
  void follow(List<Followed> customers, Instant now) {
    String cancel =
        "update task set status = 'CANCELLED', closed_at = ?, closed_by = 'system',"
            + " version = version + 1 where customer_id = ? and status = 'OPEN' and step_id not in"
            + " (select id from playbook_step where relationship_type = ?)";
    String assign =
        "update task set assignee = ?, version = version + 1 where customer_id = ?"
            + " and status = 'OPEN' and assignee is distinct from ?";
    String channel =
        "update task set channel = ?, version = version + 1 where customer_id = ?"
            + " and status = 'OPEN' and channel <> ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(cancel);
        PreparedStatement a = c.prepareStatement(assign);
        PreparedStatement ch = c.prepareStatement(channel)) {
      for (Followed f : customers) {
        s.setObject(1, time(now));
        s.setLong(2, f.customerId());
        s.setString(3, f.type() == null ? null : f.type().name());
        s.addBatch();
        a.setString(1, f.assignee());
        a.setLong(2, f.customerId());
        a.setString(3, f.assignee());
        a.addBatch();
        if (f.channel() != null) {
          ch.setString(1, f.channel().name());
          ch.setLong(2, f.customerId());
          ch.setString(3, f.channel().name());
          ch.addBatch();
        }
      }
      s.executeBatch();
      a.executeBatch();
      ch.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Moving tasks failed", e);
    }
  }

  /**
   * Takes the planner's lease for {@code holder} until {@code until}, when nobody holds it now;
   * whether it was taken.
   */
  boolean lease(String holder, Instant until, Instant now) {
    return update(
            "update planner_lease set holder = ?, held_until = ? where name = ?"
                + " and (held_until is null or held_until < ? or holder = ?)",
            holder,
            time(until),
            LEASE,
            time(now),
            holder)
        == 1;
  }

  /** The last day planned, null before the first run. */
  LocalDate plannedThrough() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select planned_through from planner_lease where name = ?")) {
      s.setString(1, LEASE);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getObject(1, LocalDate.class) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the planner's state failed", e);
    }
  }

  /** Gives the lease of {@code holder} back, recording the run as planned through {@code day}. */
  void release(String holder, LocalDate plannedThrough) {
    update(
        "update planner_lease set holder = null, held_until = null, planned_through = ?"
            + " where name = ? and holder = ?",
        plannedThrough,
        LEASE,
        holder);
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing tasks or the planner's state failed", e);
    }
  }
}
