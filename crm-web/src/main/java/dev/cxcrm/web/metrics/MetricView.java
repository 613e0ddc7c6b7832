package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Change;
import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.ejb.metrics.MetricFigures;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as the API answers it: the period's figure, the change, and the groups asked for. */
@JsonbNillable
@Schema(
    name = "Metric",
    description =
        "A metric over a period (days in the business time zone, both included). value is null"
            + " without a sample, never 0; n is the sample size (answers; for retention and churn"
            + " the customers at the start; for referrals the count; for clv the customers who"
            + " bought up to the end; for resolution the cases opened, for fcr those resolved; for"
            + " recovery the followed-up answers with a next answer; for compliance the contacts"
            + " answered or overdue, for response-time those answered);"
            + " smallSample below 30 (never"
            + " for a count). ciLow and ciHigh: the 95 %"
            + " interval (NPS, CSAT), not clipped. parts: what it was computed"
            + " from. change: against the previous period (the calendar month or quarter before a"
            + " whole one, else as many days before), significant only by the stated test (NPS,"
            + " CSAT; null for the others).")
public record MetricView(
    @Schema(description = "The metric's name, as in the path (nps, csat, ...).") String metric,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate to,
    String timeZone,
    @Schema(nullable = true, description = "The cut kept, by its parameter name.") String cut,
    @Schema(nullable = true) String cutValue,
    @Schema(nullable = true) String groupBy,
    @Schema(nullable = true, description = "clv: the currency of its amounts (ISO 4217).")
        String currency,
    @Schema(nullable = true) Double value,
    long n,
    boolean smallSample,
    @Schema(nullable = true) Double ciLow,
    @Schema(nullable = true) Double ciHigh,
    @Schema(
            description =
                "nps: promoters, passives, detractors; csat: satisfied, n5/mean5, n7/mean7; ces:"
                    + " lowEffort, lowEffortPercent, n5/mean5, n7/mean7; reviews: stars; retention"
                    + " and churn: atStart (S), atEnd (E), created (N), lost; referrals:"
                    + " referrals; clv: revenue and customers to date, and over the year up to"
                    + " the end windowRevenue, orders, buyers, averageOrderValue, purchasesPerYear,"
                    + " annualChurn, lifespanYears and projected (absent where undefined);"
                    + " resolution: opened, resolved (by the end); fcr: resolved, firstContact;"
                    + " recovery: recovered, notRecovered, pending; compliance: inTime, late,"
                    + " overdue, pending; response-time: medianMinutes, p90Minutes.")
        Map<String, BigDecimal> parts,
    PreviousView previous,
    @Schema(nullable = true) ChangeView change,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = GroupView.class,
            description = "With groupBy: every group in order, empty ones with a null value.")
        List<GroupView> groups) {

  /** The previous period and its figure. */
  @JsonbNillable
  @Schema(name = "MetricPrevious")
  public record PreviousView(
      @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
      @Schema(type = SchemaType.STRING, format = "date") LocalDate to,
      @Schema(nullable = true) Double value,
      long n) {}

  /** This period's value minus the previous one's, and the test's verdict. */
  @JsonbNillable
  @Schema(name = "MetricChange")
  public record ChangeView(
      double difference,
      @Schema(nullable = true, description = "The test's z; null when untested or unbounded.")
          Double z,
      @Schema(nullable = true, description = "|z| > 1.96; null when no test is stated.")
          Boolean significant,
      boolean smallSample) {
    static ChangeView of(Change c) {
      if (c == null) {
        return null;
      }
      return new ChangeView(
          c.difference(),
          Double.isFinite(c.z()) ? c.z() : null,
          c.tested() ? c.significant() : null,
          c.smallSample());
    }
  }

  /** One group: a calendar period (from, to) or one value of the cut grouped by (key). */
  @JsonbNillable
  @Schema(name = "MetricGroup")
  public record GroupView(
      @Schema(type = SchemaType.STRING, format = "date", nullable = true) LocalDate from,
      @Schema(type = SchemaType.STRING, format = "date", nullable = true) LocalDate to,
      @Schema(nullable = true) String key,
      @Schema(nullable = true) Double value,
      long n,
      boolean smallSample,
      @Schema(nullable = true) Double ciLow,
      @Schema(nullable = true) Double ciHigh,
      Map<String, BigDecimal> parts) {
    static <C> GroupView of(Metric<C> m, MetricFigures.Group<C> g) {
      Figure f = m.of(g.counts());
      return new GroupView(
          g.period() == null ? null : g.period().from(),
          g.period() == null ? null : g.period().to(),
          g.value(),
          f.value(),
          f.n(),
          f.smallSample(),
          f.interval() == null ? null : f.interval().low(),
          f.interval() == null ? null : f.interval().high(),
          MetricView.parts(f));
    }
  }

  /** The parts as exact numbers: counts as whole numbers, means and money as computed. */
  static Map<String, BigDecimal> parts(Figure f) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    f.parts()
        .forEach(
            (k, v) ->
                out.put(
                    k,
                    v instanceof BigDecimal d
                        ? d
                        : v instanceof Double x
                            ? BigDecimal.valueOf(x)
                            : BigDecimal.valueOf(v.longValue())));
    return out;
  }

  static <C> MetricView of(Metric<C> m, MetricFigures<C> f, ZoneId zone, String groupBy) {
    Figure now = m.of(f.counts());
    Figure before = m.of(f.previous());
    var q = f.query();
    return new MetricView(
        m.word(),
        q.period().from(),
        q.period().to(),
        zone.getId(),
        q.cut() == null ? null : q.cut().parameter(),
        q.value(),
        groupBy,
        q.currency(),
        now.value(),
        now.n(),
        now.smallSample(),
        now.interval() == null ? null : now.interval().low(),
        now.interval() == null ? null : now.interval().high(),
        parts(now),
        new PreviousView(
            f.previousPeriod().from(), f.previousPeriod().to(), before.value(), before.n()),
        ChangeView.of(m.change(f.previous(), f.counts())),
        f.groups().stream().map(g -> GroupView.of(m, g)).toList());
  }
}
