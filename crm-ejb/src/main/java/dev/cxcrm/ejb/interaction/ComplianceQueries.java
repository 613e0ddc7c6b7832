package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.interaction.ResponseCompliance.By;
import dev.cxcrm.domain.interaction.ResponseCompliance.Week;
import dev.cxcrm.domain.shared.ResponseTally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The compliance figures' counts as one aggregate query per cut (PostgreSQL and H2 alike), so that
 * no contact is loaded: the inbound contacts with a deadline that occurred in [from, to) are read
 * from the covering partial index interaction_compliance_idx (index-only on PostgreSQL, V3_52),
 * counted per group, and of each group's sorted response times only the values at the ranks of the
 * median and the p90 come back ({@link ResponseTally}).
 *
 * <p>The ranks are computed here rather than with {@code percentile_disc}: H2 2.2.224 does not
 * implement it as the nearest rank (it rounds (n − 1) × 0.9 half down: the 5th of 6 values instead
 * of the 6th), while PostgreSQL does. ⌈0.9 × n⌉ is written in integers, (9n + 9) / 10, which is
 * what the double arithmetic {@code Math.ceil(0.9 * n)} gives for every n up to 2 × 10⁸ (checked).
 * Weeks are instants computed in Java ({@link ResponseCompliance#weeks}) and joined as a list of
 * values, so that time zones and daylight saving never reach the SQL.
 */
final class ComplianceQueries {
  /** The contacts the figures count: inbound, awaiting an answer, with a deadline. */
  private static final String CONTACTS = "i.due_at is not null and i.awaits_answer = true";

  /**
   * Whole seconds from the contact to its answer, rounded down as {@code Duration.toSeconds}; an
   * integer, so that the sort by it compares integers.
   */
  private static final String SECONDS =
      "cast(floor(extract(epoch from i.answered_at) - extract(epoch from i.occurred_at)) as bigint)";

  private final Connection connection;

  ComplianceQueries(Connection connection) {
    this.connection = connection;
  }

  /** One tally per group of the cut, ordered by key (weeks by their Monday). */
  List<ResponseTally> by(By by, Instant from, Instant to, ZoneId zone, Instant now) {
    List<ResponseTally> rows =
        switch (by) {
          case CHANNEL -> over("i.channel", period(), List.of(from, to), now, k -> k);
          case AGENT ->
              // The responsible user: the agent, or the customer's owner when there is none.
              over(
                  "coalesce(i.agent, c.owner)",
                  " from interaction i join shared_customer c on c.id = i.customer_id where "
                      + CONTACTS
                      + " and i.occurred_at >= ? and i.occurred_at < ?",
                  List.of(from, to),
                  now,
                  k -> k == null ? "" : k);
          case WEEK -> weeks(ResponseCompliance.weeks(from, to, zone), now);
        };
    return rows.stream().sorted(Comparator.comparing(ResponseTally::key)).toList();
  }

  /** The tally of all contacts of the period (key ""). */
  ResponseTally total(Instant from, Instant to, Instant now) {
    List<ResponseTally> rows = over("0", period(), List.of(from, to), now, k -> "");
    return rows.isEmpty() ? new ResponseTally("", 0, 0, 0, 0, 0, null, null, null) : rows.get(0);
  }

  private static String period() {
    return " from interaction i where "
        + CONTACTS
        + " and i.occurred_at >= ? and i.occurred_at < ?";
  }

  private List<ResponseTally> weeks(List<Week> weeks, Instant now) {
    List<String> rows = new ArrayList<>();
    List<Instant> bounds = new ArrayList<>();
    for (int w = 0; w < weeks.size(); w++) {
      rows.add(
          "(" + w + ", cast(? as timestamp with time zone), cast(? as timestamp with time zone))");
      bounds.add(weeks.get(w).start());
      bounds.add(weeks.get(w).end());
    }
    return over(
        "w.k",
        " from (values "
            + String.join(", ", rows)
            + ") w (k, lo, hi) join interaction i on i.occurred_at >= w.lo and i.occurred_at < w.hi"
            + " where "
            + CONTACTS,
        bounds,
        now,
        k -> weeks.get(Integer.parseInt(k)).monday().toString());
  }

  /**
   * Counts per {@code key} over the contacts {@code source} selects. Inside each group the answered
   * contacts are numbered by response time (unanswered ones after them); the two middle ranks ⌊(n +
   * 1) / 2⌋ and ⌊n / 2⌋ + 1 and the nearest rank ⌈9n / 10⌉ pick the values that come back.
   */
  private List<ResponseTally> over(
      String key,
      String source,
      List<Instant> sourceParams,
      Instant now,
      UnaryOperator<String> label) {
    String sql =
        "select k,"
            + " count(case when answered_at <= due_at then 1 end),"
            + " count(case when answered_at > due_at then 1 end),"
            + " count(case when answered_at is null and due_at < ? then 1 end),"
            + " count(case when answered_at is null and due_at >= ? then 1 end),"
            + " count(secs),"
            + " max(case when r = (n + 1) / 2 then secs end),"
            + " max(case when r = n / 2 + 1 then secs end),"
            + " max(case when r = (9 * n + 9) / 10 then secs end)"
            + " from (select k, due_at, answered_at, secs,"
            + " row_number() over (partition by k order by secs nulls last) as r,"
            + " count(secs) over (partition by k) as n"
            + " from (select "
            + key
            + " as k, i.due_at, i.answered_at, "
            + SECONDS
            + " as secs"
            + source
            + ") s) ranked group by k";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setObject(1, time(now));
      s.setObject(2, time(now));
      int p = 3;
      for (Instant i : sourceParams) {
        s.setObject(p++, time(i));
      }
      List<ResponseTally> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new ResponseTally(
                  label.apply(r.getString(1)),
                  r.getInt(2),
                  r.getInt(3),
                  r.getInt(4),
                  r.getInt(5),
                  r.getInt(6),
                  seconds(r.getObject(7)),
                  seconds(r.getObject(8)),
                  seconds(r.getObject(9))));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Counting response compliance failed", e);
    }
  }

  private static Long seconds(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
