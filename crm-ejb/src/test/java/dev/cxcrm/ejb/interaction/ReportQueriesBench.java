package dev.cxcrm.ejb.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ComplianceFigures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The report figures at the bench size (bench/report-queries.sql), on PostgreSQL: for several
 * periods and cuts, the SQL figures must equal the former computation (every row loaded into Java),
 * and both are timed. Runs only when a bench database is named:
 *
 * <pre>
 * ./mvnw -B -q verify -pl crm-domain,crm-ejb -DskipITs -Dtest=ReportQueriesBench \
 *   -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbench.db.url='jdbc:postgresql://127.0.0.1:5432/crm_ratesfast_reports?user=postgres&amp;currentSchema=bench_reports'
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench.db.url", matches = ".+")
class ReportQueriesBench {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final int RUNS = Integer.getInteger("bench.runs", 3);

  @Test
  void case_rates_in_sql_equal_the_former_computation_at_the_bench_size() throws SQLException {
    try (Connection c = DriverManager.getConnection(System.getProperty("bench.db.url"))) {
      LocalDate today = LocalDate.now(TOKYO);
      LocalDate[][] periods = {
        {today.minusDays(30), today},
        {today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1).minusDays(1)},
        {today.minusMonths(6), today},
        {today.minusDays(3 * 366 - 1), today},
        {today.minusDays(400), today.minusDays(380)},
      };
      for (LocalDate[] p : periods) {
        List<Object> former = new ArrayList<>();
        List<Object> sql = new ArrayList<>();
        String oldTimes =
            time(
                () -> {
                  former.clear();
                  former.addAll(CaseRatesByDefinition.rates(c, p[0], p[1], TOKYO));
                });
        String newTimes =
            time(
                () -> {
                  List<CaseRates.Month> months = CaseRates.months(p[0], p[1], TOKYO);
                  List<CaseTally> tallies = new CaseRateQueries(c).tallies(months);
                  sql.clear();
                  sql.add(CaseRates.total(tallies));
                  sql.add(CaseRates.monthly(months, tallies));
                  sql.add(
                      CaseRates.by(
                          tallies, CaseTally::channel, Comparator.<Channel>naturalOrder()));
                  sql.add(
                      CaseRates.by(tallies, CaseTally::owner, Comparator.<String>naturalOrder()));
                });
        assertThat(sql).isEqualTo(former);
        System.out.printf(
            "case rates %s..%s: %s; former %s s, SQL %s s%n",
            p[0], p[1], sql.get(0), oldTimes, newTimes);
      }
    }
  }

  private static int count(ComplianceFigures f) {
    return f.decided() + f.pending();
  }

  /** Runs {@code work} RUNS times; the seconds of each run. */
  private static String time(Runnable work) {
    List<String> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.run();
      times.add(String.format("%.3f", (System.nanoTime() - start) / 1e9));
    }
    return String.join(" / ", times);
  }
}
