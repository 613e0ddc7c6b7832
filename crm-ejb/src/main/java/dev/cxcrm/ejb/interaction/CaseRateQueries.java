package dev.cxcrm.ejb.interaction;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.interaction.CaseRates.Month;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.shared.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case rates' counts as two aggregate queries (PostgreSQL and H2 alike), so that no case is
 * loaded: the cases opened in each month's part of the period, and the cases resolved in it, each
 * counted per month, channel of the first inbound interaction (kept on the case, {@link
 * FirstInboundChannel}) and owner. Each side is a range scan of a covering index per month
 * (index-only on PostgreSQL, V3_54). The months are instants computed in Java ({@link
 * dev.cxcrm.domain.interaction.CaseRates#months}) and joined as a list of values, so that time
 * zones never reach the SQL.
 */
final class CaseRateQueries {
  private final Connection connection;

  CaseRateQueries(Connection connection) {
    this.connection = connection;
  }

  /** One tally per month, channel and owner that has a case opened or resolved in the period. */
  List<CaseTally> tallies(List<Month> months) {
    Instant end = months.get(months.size() - 1).end();
    Map<List<Object>, long[]> counts = new LinkedHashMap<>();
    read(
        "select m.k, c.first_inbound_channel, c.owner, count(*),"
            + " count(case when c.resolved_at < m.hi then 1 end),"
            + " count(case when c.resolved_at < ? then 1 end)"
            + " from "
            + values(months)
            + " join service_case c on c.opened_at >= m.lo and c.opened_at < m.hi"
            + " group by m.k, c.first_inbound_channel, c.owner",
        end,
        months,
        counts,
        0);
    read(
        "select m.k, c.first_inbound_channel, c.owner, count(*),"
            + " count(case when c.first_contact_resolution = true then 1 end)"
            + " from "
            + values(months)
            + " join service_case c on c.resolved_at >= m.lo and c.resolved_at < m.hi"
            + " group by m.k, c.first_inbound_channel, c.owner",
        null,
        months,
        counts,
        3);
    List<CaseTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            tallies.add(
                new CaseTally(
                    months.get((Integer) key.get(0)).month(),
                    key.get(1) == null ? null : Channel.valueOf((String) key.get(1)),
                    (String) key.get(2),
                    n[0],
                    n[1],
                    n[2],
                    n[3],
                    n[4])));
    return tallies;
  }

  private static String values(List<Month> months) {
    List<String> rows = new ArrayList<>();
    for (int k = 0; k < months.size(); k++) {
      rows.add(
          "(" + k + ", cast(? as timestamp with time zone), cast(? as timestamp with time zone))");
    }
    return "(values " + String.join(", ", rows) + ") m (k, lo, hi)";
  }

  /** Adds the counts of one query (columns 4 on) at {@code slot} of each key's five counts. */
  private void read(
      String sql, Instant end, List<Month> months, Map<List<Object>, long[]> counts, int slot) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int p = 1;
      if (end != null) {
        s.setObject(p++, time(end));
      }
      for (Month m : months) {
        s.setObject(p++, time(m.start()));
        s.setObject(p++, time(m.end()));
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          long[] n =
              counts.computeIfAbsent(
                  Arrays.asList(r.getInt(1), r.getString(2), r.getString(3)), k -> new long[5]);
          for (int c = 4; c <= columns; c++) {
            n[slot + c - 4] = r.getLong(c);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Counting case rates failed", e);
    }
  }
}
