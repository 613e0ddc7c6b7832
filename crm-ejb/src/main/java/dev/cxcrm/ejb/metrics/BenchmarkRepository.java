package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.metrics.BenchmarkKind;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The benchmarks the business enters, in {@code metric_benchmark}. */
@ApplicationScoped
public class BenchmarkRepository {
  private static final String COLUMNS =
      "id, version, metric, kind, name, figure, changed_at, changed_by";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /** All benchmarks, by metric, kind and name. */
  List<Benchmark> all() {
    return Jdbc.list(
        dataSource,
        "select " + COLUMNS + " from metric_benchmark order by metric, kind, name, id",
        List.of(),
        BenchmarkRepository::read);
  }

  Optional<Benchmark> find(long id) {
    return Jdbc.list(
            dataSource,
            "select " + COLUMNS + " from metric_benchmark where id = ?",
            List.of(id),
            BenchmarkRepository::read)
        .stream()
        .findFirst();
  }

  long insert(Benchmark.Draft d, String actor, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      long id = Jdbc.ids(c, "metric_benchmark_seq", 1).get(0);
      Jdbc.update(
          dataSource,
          "insert into metric_benchmark (" + COLUMNS + ") values (?, 1, ?, ?, ?, ?, ?, ?)",
          List.of(
              id, d.metric().word(), d.kind().name(), d.name(), d.value(), Jdbc.time(now), actor));
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Adding a benchmark failed", e);
    }
  }

  /** Replaces the benchmark in {@code version}; answers whether it was that version. */
  boolean update(long id, int version, Benchmark.Draft d, String actor, Instant now) {
    return Jdbc.update(
            dataSource,
            "update metric_benchmark set version = version + 1, metric = ?, kind = ?, name = ?,"
                + " figure = ?, changed_at = ?, changed_by = ? where id = ? and version = ?",
            List.of(
                d.metric().word(),
                d.kind().name(),
                d.name(),
                d.value(),
                Jdbc.time(now),
                actor,
                id,
                version))
        == 1;
  }

  /** Removes the benchmark in {@code version}; answers whether it was that version. */
  boolean delete(long id, int version) {
    return Jdbc.update(
            dataSource,
            "delete from metric_benchmark where id = ? and version = ?",
            List.of(id, version))
        == 1;
  }

  private static Benchmark read(java.sql.ResultSet r) throws SQLException {
    return new Benchmark(
        r.getLong(1),
        r.getInt(2),
        Metric.named(r.getString(3)).orElseThrow(),
        BenchmarkKind.valueOf(r.getString(4)),
        r.getString(5),
        r.getBigDecimal(6),
        Jdbc.instant(r.getObject(7)),
        r.getString(8));
  }
}
