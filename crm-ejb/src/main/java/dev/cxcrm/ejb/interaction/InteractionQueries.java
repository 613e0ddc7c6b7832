package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.integer;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.interaction.DueCursor;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.TimelineCursor;
import dev.cxcrm.domain.interaction.TimelineKind;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lists of the interaction feature, each a keyset seek on an index: the timeline (one seek per
 * source, then merged), the due queue (partial index of open contacts by deadline), and the
 * compliance figures as aggregates.
 */
@ApplicationScoped
public class InteractionQueries {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  public Optional<Interaction> find(long id) {
    return Optional.ofNullable(transactional().find(Interaction.class, id));
  }

  /**
   * The entity manager reading through the transaction's connection. Interactions are written with
   * JDBC in the caller's transaction; without this, EclipseLink reads before its own first write
   * through the server's non-transactional connection and would not see them.
   */
  private EntityManager transactional() {
    em.setProperty("eclipselink.transaction.join-existing", "true");
    return em;
  }

  /** The interactions with these ids, in the given order; one query. */
  public List<Interaction> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Interaction> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      transactional()
          .createQuery("select i from Interaction i where i.id in :ids", Interaction.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultList()
          .forEach(i -> byId.put(i.id(), i));
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The customer's inbound contacts still awaiting an answer, oldest first, at most {@code limit}:
   * what an outbound contact may answer. Read by the (customer, time, id) index.
   */
  public List<Interaction> openInbound(long customerId, int limit) {
    return transactional()
        .createQuery(
            "select i from Interaction i where i.customerId = :c and i.awaitsAnswer = true"
                + " and i.answeredAt is null order by i.occurredAt, i.id",
            Interaction.class)
        .setParameter("c", customerId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Up to {@code limit} entries of the customer's timeline after {@code after}, newest first. Each
   * source is asked for at most {@code limit} entries past the cursor by its (customer, time, id)
   * index; the merge keeps the first {@code limit}. A channel filter leaves only interactions.
   */
  public List<TimelineEntry> timeline(
      long customerId, Channel channel, TimelineCursor after, int limit) {
    List<TimelineEntry> all = new ArrayList<>();
    List<Object[]> interactionKeys =
        seek(
            "select id, occurred_at from interaction where customer_id = ?"
                + (channel == null ? "" : " and channel = ?"),
            channel == null ? List.of(customerId) : List.of(customerId, channel.name()),
            "occurred_at",
            TimelineKind.INTERACTION,
            after,
            limit,
            r -> new Object[] {r.getLong(1)});
    List<Interaction> interactions = load(interactionKeys.stream().map(k -> (Long) k[0]).toList());
    interactions.forEach(
        i ->
            all.add(
                new TimelineEntry(
                    TimelineKind.INTERACTION,
                    i.occurredAt(),
                    i.id(),
                    i,
                    null,
                    null,
                    i.agent() != null ? i.agent() : i.created().by(),
                    null,
                    null,
                    null,
                    null)));
    if (channel == null) {
      all.addAll(
          seek(
                  "select id, changed_at, from_stage, to_stage, changed_by"
                      + " from shared_stage_change where customer_id = ?",
                  List.of(customerId),
                  "changed_at",
                  TimelineKind.STAGE_CHANGE,
                  after,
                  limit,
                  r ->
                      new TimelineEntry(
                          TimelineKind.STAGE_CHANGE,
                          instant(r.getObject(2)),
                          r.getLong(1),
                          null,
                          r.getString(3) == null ? null : JourneyStage.valueOf(r.getString(3)),
                          JourneyStage.valueOf(r.getString(4)),
                          r.getString(5),
                          null,
                          null,
                          null,
                          null))
              .stream()
              .map(TimelineEntry.class::cast)
              .toList());
      all.addAll(
          cases(customerId, "opened_at", "opened_by", TimelineKind.CASE_OPENED, after, limit));
      all.addAll(
          cases(
              customerId, "resolved_at", "resolved_by", TimelineKind.CASE_RESOLVED, after, limit));
      all.addAll(feedback(customerId, after, limit));
    }
    all.sort(
        Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::kind)
            .thenComparingLong(TimelineEntry::id)
            .reversed());
    return all.size() > limit ? all.subList(0, limit + 1) : all;
  }

  /** The customer's feedback, through the view the feedback feature publishes. */
  private List<TimelineEntry> feedback(long customerId, TimelineCursor after, int limit) {
    return seek(
        "select id, received_at, kind, body, nps, csat, csat_scale, ces, ces_scale, stars,"
            + " platform, emotion, coalesce(agent, created_by) from shared_feedback"
            + " where customer_id = ?",
        List.of(customerId),
        "received_at",
        TimelineKind.FEEDBACK,
        after,
        limit,
        r ->
            new TimelineEntry(
                TimelineKind.FEEDBACK,
                instant(r.getObject(2)),
                r.getLong(1),
                null,
                null,
                null,
                r.getString(13),
                null,
                null,
                null,
                new TimelineFeedback(
                    FeedbackKind.valueOf(r.getString(3)),
                    r.getString(4),
                    new Scores(
                        integer(r, 5), integer(r, 6), integer(r, 7), integer(r, 8), integer(r, 9)),
                    integer(r, 10),
                    r.getString(11),
                    integer(r, 12))));
  }

  private List<TimelineEntry> cases(
      long customerId,
      String atColumn,
      String byColumn,
      TimelineKind kind,
      TimelineCursor after,
      int limit) {
    return seek(
            "select id, "
                + atColumn
                + ", subject, type, status, "
                + byColumn
                + " from service_case where customer_id = ? and "
                + atColumn
                + " is not null",
            List.of(customerId),
            atColumn,
            kind,
            after,
            limit,
            r ->
                new TimelineEntry(
                    kind,
                    instant(r.getObject(2)),
                    r.getLong(1),
                    null,
                    null,
                    null,
                    r.getString(6),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    null))
        .stream()
        .map(TimelineEntry.class::cast)
        .toList();
  }

  /**
   * {@code select ... order by at desc, id desc limit n+1} past the cursor. The seek depends on how
   * this source's kind compares with the cursor's kind (see {@link TimelineCursor#seekFor}).
   */
  private <T> List<T> seek(
      String select,
      List<Object> params,
      String atColumn,
      TimelineKind kind,
      TimelineCursor after,
      int limit,
      Jdbc.Row<T> row) {
    StringBuilder sql = new StringBuilder(select);
    List<Object> all = new ArrayList<>(params);
    if (after != null) {
      switch (after.seekFor(kind)) {
        case AT_OR_BEFORE -> {
          sql.append(" and ").append(atColumn).append(" <= ?");
          all.add(time(after.at()));
        }
        case BEFORE -> {
          sql.append(" and ").append(atColumn).append(" < ?");
          all.add(time(after.at()));
        }
        case BEFORE_ID -> {
          sql.append(" and (").append(atColumn).append(", id) < (?, ?)");
          all.add(time(after.at()));
          all.add(after.id());
        }
      }
    }
    sql.append(" order by ").append(atColumn).append(" desc, id desc limit ?");
    all.add(limit + 1);
    return query(sql.toString(), all, row);
  }

  /**
   * The ids of open contacts (awaiting an answer, unanswered, with a deadline) after the cursor in
   * deadline order, at most {@code limit}: the partial index interaction_open_due_idx, or
   * interaction_open_agent_due_idx for one agent's. For MINE, the caller's own and those of their
   * customers without an agent are two seeks merged here.
   */
  public List<Long> due(DueScope scope, String me, DueCursor after, int limit) {
    String open = " i.awaits_answer = true and i.answered_at is null and i.due_at is not null";
    List<Object[]> keys = new ArrayList<>();
    if (scope == DueScope.TEAM) {
      keys.addAll(
          dueSeek(
              "select i.id, i.due_at from interaction i where" + open, List.of(), after, limit));
    } else {
      keys.addAll(
          dueSeek(
              "select i.id, i.due_at from interaction i where i.agent = ? and" + open,
              List.of(me),
              after,
              limit));
      keys.addAll(
          dueSeek(
              "select i.id, i.due_at from interaction i where i.agent is null and"
                  + open
                  + " and exists (select 1 from shared_customer c where c.id = i.customer_id and c.owner = ?)",
              List.of(me),
              after,
              limit));
    }
    keys.sort(Comparator.comparing((Object[] k) -> (Instant) k[1]).thenComparing(k -> (Long) k[0]));
    return keys.stream().limit(limit + 1L).map(k -> (Long) k[0]).toList();
  }

  private List<Object[]> dueSeek(String select, List<Object> params, DueCursor after, int limit) {
    StringBuilder sql = new StringBuilder(select);
    List<Object> all = new ArrayList<>(params);
    if (after != null) {
      sql.append(" and (i.due_at, i.id) > (?, ?)");
      all.add(time(after.dueAt()));
      all.add(after.id());
    }
    sql.append(" order by i.due_at, i.id limit ?");
    all.add(limit + 1);
    return query(sql.toString(), all, r -> new Object[] {r.getLong(1), instant(r.getObject(2))});
  }

  private <T> List<T> query(String sql, Collection<Object> params, Jdbc.Row<T> row) {
    return Jdbc.list(dataSource, sql, new ArrayList<>(params), row);
  }
}
