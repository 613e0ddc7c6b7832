package dev.cxcrm.ejb.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC helpers every feature's repository and query class shares, so that each is written once:
 * which database this is, ids from a sequence in EclipseLink's blocks, and instants in and out.
 * Everything here works on both PostgreSQL and H2.
 */
public final class Jdbc {
  /**
   * The allocation size of every sequence (the migrations' {@code increment by}, EclipseLink's
   * {@code allocationSize}): {@code nextval} answers the last id of a block of this many.
   */
  public static final int SEQUENCE_BLOCK = 50;

  private static final String UNIQUE_VIOLATION = "23505";
  private static final int IN_LIST_MAX = 1000;

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private Jdbc() {}

  /** Whether the connection is to PostgreSQL (otherwise it is H2). */
  public static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /**
   * Gives the planner fresh statistics of a table after a bulk write: autovacuum may be off (it is
   * on the machines this runs on), and a planner without statistics picks slow plans.
   */
  public static void analyze(DataSource ds, String table) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute((isPostgres(c) ? "analyze " : "analyze table ") + table);
    } catch (SQLException e) {
      throw new IllegalStateException("Analyzing " + table + " failed", e);
    }
  }

  /**
   * {@code count} new ids of {@code sequence}, taken in whole blocks as EclipseLink takes them, so
   * that rows written by JDBC and by JPA never share an id.
   */
  public static List<Long> ids(Connection c, String sequence, int count) throws SQLException {
    String sql =
        isPostgres(c) ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    List<Long> ids = new ArrayList<>(count);
    try (Statement s = c.createStatement()) {
      while (ids.size() < count) {
        try (ResultSet r = s.executeQuery(sql)) {
          r.next();
          long last = r.getLong(1);
          for (long id = last - SEQUENCE_BLOCK + 1; id <= last && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  /** An instant as both drivers take it for a {@code timestamp with time zone}. */
  public static OffsetDateTime time(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  /** PostgreSQL answers timestamptz as Timestamp, H2 as OffsetDateTime. */
  public static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (o instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Not a timestamp: " + o.getClass());
  }

  /**
   * The rows of one query with these parameters (instants as {@link #time}), read by {@code row}.
   */
  public static <T> List<T> list(DataSource ds, String sql, List<?> params, Row<T> row) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindAll(s, 1, params);
      List<T> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(row.read(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading failed: " + sql.split(" where ")[0], e);
    }
  }

  /** Runs one insert, update or delete with these parameters; answers the rows it touched. */
  public static int update(DataSource ds, String sql, List<?> params) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindAll(s, 1, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing failed: " + sql.split(" where ")[0], e);
    }
  }

  /** {@code n} parameter marks for an {@code in (...)} list. */
  public static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** Binds the values from parameter {@code from} on; answers the next parameter's index. */
  public static int bindAll(PreparedStatement s, int from, Collection<?> values)
      throws SQLException {
    int p = from;
    for (Object v : values) {
      s.setObject(p++, v);
    }
    return p;
  }

  /**
   * Runs {@code select ... in} over the distinct keys (nulls left out), a thousand at a time, and
   * hands every row to {@code row}; {@code select} ends just before the parenthesised list.
   */
  public static void selectIn(DataSource ds, String select, Collection<?> keys, Row<?> row) {
    List<?> all = keys.stream().filter(Objects::nonNull).distinct().toList();
    for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
      List<?> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_MAX));
      try (Connection c = ds.getConnection();
          PreparedStatement s = c.prepareStatement(select + " (" + marks(chunk.size()) + ")")) {
        bindAll(s, 1, chunk);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            row.read(r);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading by key failed", e);
      }
    }
  }

  /** The rows of {@code select ... in} by their first column, a {@code bigint} id. */
  public static <T> Map<Long, T> byId(
      DataSource ds, String select, Collection<Long> ids, Row<T> row) {
    Map<Long, T> out = new HashMap<>();
    selectIn(
        ds,
        select,
        ids,
        r -> {
          out.put(r.getLong(1), row.read(r));
          return null;
        });
    return out;
  }

  /**
   * Up to {@code limit + 1} ids of one owner's rows received before the cursor ({@code beforeAt},
   * {@code beforeId}; none: from the newest), newest first, by an index on (owner, at, id); the
   * extra one says there is another page. Table and column names are the caller's constants.
   */
  public static List<Long> newestFirst(
      DataSource ds,
      String table,
      String ownerColumn,
      String atColumn,
      long owner,
      Instant beforeAt,
      Long beforeId,
      int limit) {
    String sql =
        "select id from "
            + table
            + " where "
            + ownerColumn
            + " = ?"
            + (beforeAt == null
                ? ""
                : " and (" + atColumn + " < ? or (" + atColumn + " = ? and id < ?))")
            + " order by "
            + atColumn
            + " desc, id desc limit ?";
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int p = 1;
      s.setLong(p++, owner);
      if (beforeAt != null) {
        s.setObject(p++, time(beforeAt));
        s.setObject(p++, time(beforeAt));
        s.setLong(p++, beforeId);
      }
      s.setInt(p, limit + 1);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading a page of " + table + " failed", e);
    }
  }

  /** The ids of the rows of {@code table} stored under these external ids. */
  public static Map<String, Long> byExternalId(
      DataSource ds, String table, Collection<String> externalIds) {
    Map<String, Long> out = new HashMap<>();
    selectIn(
        ds,
        "select external_id, id from " + table + " where external_id in",
        externalIds,
        r -> out.put(r.getString(1), r.getLong(2)));
    return out;
  }

  /** Binds a number that may be absent. */
  public static void setLong(PreparedStatement s, int p, Long v) throws SQLException {
    if (v == null) {
      s.setNull(p, Types.BIGINT);
    } else {
      s.setLong(p, v);
    }
  }

  /** Binds a small number (a score, an emotion) that may be absent. */
  public static void setSmall(PreparedStatement s, int p, Integer v) throws SQLException {
    if (v == null) {
      s.setNull(p, Types.SMALLINT);
    } else {
      s.setShort(p, v.shortValue());
    }
  }

  /** Binds the name of a constant that may be absent. */
  public static void setName(PreparedStatement s, int p, Enum<?> v) throws SQLException {
    s.setString(p, v == null ? null : v.name());
  }

  /** A whole number column that may be null. */
  public static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  /** A bigint column that may be null. */
  public static Long longOrNull(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  /** Whether a unique constraint refused the statement (also inside a batch's chain). */
  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
