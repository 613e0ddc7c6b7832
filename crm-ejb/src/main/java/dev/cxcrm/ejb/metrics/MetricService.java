package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.metrics.CaseCounts;
import dev.cxcrm.domain.metrics.CaseMetric;
import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.ContactMetric;
import dev.cxcrm.domain.metrics.CustomerMetric;
import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.LifetimeValue;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.ProjectedClv;
import dev.cxcrm.domain.metrics.RecoveryCounts;
import dev.cxcrm.domain.metrics.RecoveryMetric;
import dev.cxcrm.domain.metrics.ReferralMetric;
import dev.cxcrm.domain.metrics.Retention;
import dev.cxcrm.domain.metrics.RevenueToDate;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.domain.shared.ResponseTally;
import dev.cxcrm.ejb.interaction.ComplianceReport;
import dev.cxcrm.ejb.journey.TouchpointQueries;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.BinaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The metrics staff read (issue 13): the feedback figures of a period, its previous period and its
 * groups, from the daily rollup, so that a year costs a few hundred rows whatever the number of
 * answers.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class MetricService {
  @Inject FeedbackRollupRepository rollup;
  @Inject CustomerRollupRepository customerRollup;
  @Inject ReferralRollupRepository referralRollup;
  @Inject PurchaseRollupRepository purchaseRollup;
  @Inject CaseRollupRepository caseRollup;
  @Inject RecoveryRollupRepository recoveryRollup;
  @Inject ContactRollupRepository contactRollup;
  @Inject RollupStartup rollups;

  @Inject
  @ConfigProperty(name = "crm.metrics.currency", defaultValue = "JPY")
  String currency;

  @Inject TimeSource time;
  @Inject TouchpointQueries touchpoints;
  @Inject UserQueries users;

  /** A value's name in Japanese and in English. */
  public record Name(String ja, String en) implements java.io.Serializable {}

  /**
   * How people name the values of a cut that the rollup keeps as ids or user names: a touchpoint's
   * Japanese and English names, an agent's display name (both languages). Other cuts' values are
   * their own names (labels, enum constants) and are not listed.
   */
  public Map<String, Name> names(MetricCut cut, Collection<String> values) {
    Map<String, Name> out = new java.util.HashMap<>();
    if (cut == MetricCut.TOUCHPOINT) {
      List<Long> ids =
          values.stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
      touchpoints
          .find(ids)
          .forEach((id, t) -> out.put(id.toString(), new Name(t.nameJa(), t.nameEn())));
    } else if (cut == MetricCut.AGENT) {
      users.enabled().stream()
          .filter(a -> values.contains(a.username()))
          .forEach(a -> out.put(a.username(), new Name(a.displayName(), a.displayName())));
    }
    return out;
  }

  /**
   * The counts a metric is computed from, of the query: from the rollup of what the metric counts
   * (feedback, customers, referrals).
   */
  @SuppressWarnings("unchecked")
  public <C> MetricFigures<C> figures(Metric<C> m, MetricQuery q) {
    Object figures;
    if (m instanceof FeedbackMetric) {
      figures = feedback(q);
    } else if (m instanceof CustomerMetric) {
      figures = customers(q);
    } else if (m instanceof ReferralMetric) {
      figures = referrals(q);
    } else if (m instanceof ClvMetric) {
      figures = lifetimeValue(q);
    } else if (m == CaseMetric.FCR) {
      figures = periodic(q, caseRollup.withoutResolvedByEnd());
    } else if (m instanceof CaseMetric) {
      figures = cases(q);
    } else if (m == ContactMetric.COMPLIANCE) {
      figures = periodic(q, contactRollup.withoutResponseTimes());
    } else if (m instanceof ContactMetric) {
      figures = contacts(q);
    } else if (m instanceof RecoveryMetric) {
      figures = daily(q, recoveryRollup, RecoveryCounts.NONE, RecoveryCounts::plus);
    } else {
      throw new IllegalArgumentException("No rollup for " + m);
    }
    return (MetricFigures<C>) figures;
  }

  /**
   * What {@link #figures} reads for a metric: metrics with equal keys read the same counts, so a
   * page that shows several reads them once. FCR reads less of the case rollup than resolution,
   * compliance less of the contact rollup than the response time.
   */
  public static Object reads(Metric<?> m) {
    return m == CaseMetric.FCR || m == ContactMetric.COMPLIANCE ? m : m.getClass();
  }

  /** The feedback counts (NPS, CSAT, CES, reviews) of the query, from the daily rollup. */
  public MetricFigures<FeedbackCounts> feedback(MetricQuery q) {
    return daily(q, rollup, FeedbackCounts.NONE, FeedbackCounts::plus);
  }

  /** The referrals of the query, from the daily referral rollup. */
  public MetricFigures<Long> referrals(MetricQuery q) {
    return daily(q, referralRollup, 0L, Long::sum);
  }

  /**
   * The counts of a daily rollup: the period's and the previous period's sums, and each group's
   * (calendar groups summed from the days, so every group is listed; or one per cut value).
   */
  private static <C> MetricFigures<C> daily(
      MetricQuery q, DailyRollup<C> days, C none, BinaryOperator<C> plus) {
    ReportPeriod before = PeriodGrouping.previous(q.period());
    List<MetricFigures.Group<C>> groups = new ArrayList<>();
    Map<LocalDate, C> inPeriod = days.byDay(q.period(), q.cut(), q.value());
    if (q.byPeriod() != null) {
      List<ReportPeriod> periods = q.byPeriod().groups(q.period());
      List<C> sums = new ArrayList<>(java.util.Collections.nCopies(periods.size(), none));
      inPeriod.forEach(
          (day, c) -> {
            int i = q.byPeriod().indexOf(q.period(), day);
            sums.set(i, plus.apply(sums.get(i), c));
          });
      for (int i = 0; i < sums.size(); i++) {
        groups.add(new MetricFigures.Group<>(periods.get(i), null, sums.get(i)));
      }
    } else if (q.byCut() != null) {
      days.byValue(q.period(), q.byCut())
          .forEach((value, c) -> groups.add(new MetricFigures.Group<>(null, value, c)));
    }
    return new MetricFigures<>(
        q,
        inPeriod.values().stream().reduce(none, plus),
        before,
        days.byDay(before, q.cut(), q.value()).values().stream().reduce(none, plus),
        groups);
  }

  /**
   * The counts of retention and churn (S, E, N, lost) of the query, from the customer rollup: the
   * customers' cut values are those they have now.
   */
  public MetricFigures<Retention> customers(MetricQuery q) {
    return periodic(q, customerRollup);
  }

  /**
   * The counts of the resolution and FCR rates of the query, from the case rollup: the cases as
   * they stand now, each group's resolved cases counted by that group's end.
   */
  public MetricFigures<CaseCounts> cases(MetricQuery q) {
    return periodic(q, caseRollup);
  }

  /**
   * The counts of standard compliance and response times of the query, from the contact rollup:
   * each group's own median and p90, overdue counted at the time of the request.
   */
  public MetricFigures<ResponseTally> contacts(MetricQuery q) {
    return periodic(q, contactRollup);
  }

  /**
   * The counts of a rollup whose periods are counted each as a whole: the period, the previous one
   * and each calendar group in one call, or one group per cut value.
   */
  private static <C> MetricFigures<C> periodic(MetricQuery q, PeriodRollup<C> rollup) {
    ReportPeriod before = PeriodGrouping.previous(q.period());
    List<ReportPeriod> periods = new ArrayList<>(List.of(q.period(), before));
    if (q.byPeriod() != null) {
      periods.addAll(q.byPeriod().groups(q.period()));
    }
    List<C> counts = rollup.counts(periods, q.cut(), q.value());
    List<MetricFigures.Group<C>> groups = new ArrayList<>();
    for (int i = 2; i < periods.size(); i++) {
      groups.add(new MetricFigures.Group<>(periods.get(i), null, counts.get(i)));
    }
    if (q.byCut() != null) {
      rollup
          .byValue(q.period(), q.byCut())
          .forEach((value, c) -> groups.add(new MetricFigures.Group<>(null, value, c)));
    }
    return new MetricFigures<>(q, counts.get(0), before, counts.get(1), groups);
  }

  /**
   * The compliance report (managers): standard compliance and response times of the inbound
   * contacts that came in on the days {@code from} to {@code to} (missing days and the longest
   * period follow {@link ResponseCompliance#PERIOD}), per channel, agent (the contact's, else the
   * customer's owner when first counted; {@link ContactRollupRepository#NOBODY} for nobody) or week
   * (keyed by its Monday), and in total, from the contact rollup. Groups without contacts are left
   * out.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public ComplianceReport compliance(LocalDate from, LocalDate to, ResponseCompliance.By by) {
    ReportPeriod period = ResponseCompliance.PERIOD.period(from, to, time.today());
    List<ReportPeriod> periods = new ArrayList<>(List.of(period));
    if (by == ResponseCompliance.By.WEEK) {
      periods.addAll(PeriodGrouping.WEEK.groups(period));
    }
    List<ResponseTally> counts = contactRollup.counts(periods, null, null);
    List<ResponseTally> rows = new ArrayList<>();
    if (by == ResponseCompliance.By.WEEK) {
      for (int i = 1; i < periods.size(); i++) {
        rows.add(
            counts.get(i).withKey(ResponseCompliance.mondayOf(periods.get(i).from()).toString()));
      }
    } else {
      MetricCut cut = by == ResponseCompliance.By.CHANNEL ? MetricCut.CHANNEL : MetricCut.AGENT;
      rows.addAll(contactRollup.byValue(period, cut).values());
    }
    return new ComplianceReport(
        period.start(time.zone()),
        period.end(time.zone()),
        by,
        rows.stream().filter(t -> !t.empty()).map(ResponseTally::figures).toList(),
        counts.get(0).figures());
  }

  /** The currency lifetime value is shown in unless another is asked for (ISO 4217). */
  public String currency() {
    return currency;
  }

  /**
   * The counts of lifetime value of the query in its currency (the business's by default): at the
   * end of the period, of the period before and of each group, the revenue to date from the
   * purchase rollup and the projection over the year up to that end, with that year's churn from
   * the customer rollup.
   */
  public MetricFigures<LifetimeValue> lifetimeValue(MetricQuery q) {
    String money = q.currency() == null ? currency : q.currency();
    ReportPeriod before = PeriodGrouping.previous(q.period());
    List<LocalDate> ends = new ArrayList<>(List.of(q.period().to(), before.to()));
    List<ReportPeriod> periods = q.byPeriod() == null ? List.of() : q.byPeriod().groups(q.period());
    periods.forEach(p -> ends.add(p.to()));
    List<Retention> churn =
        customerRollup.counts(
            ends.stream().map(MetricService::yearTo).toList(), q.cut(), q.value());
    NavigableMap<LocalDate, PurchaseRollupRepository.Day> running =
        purchaseRollup.runningSums(q.cut(), q.value(), money, q.period().to());
    List<LifetimeValue> values = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      LocalDate end = ends.get(i);
      PurchaseRollupRepository.Day toDate = at(running, end);
      values.add(
          lifetimeValue(
              money,
              toDate,
              toDate.minus(at(running, end.minusDays(LifetimeValue.WINDOW_DAYS))),
              churn.get(i)));
    }
    List<MetricFigures.Group<LifetimeValue>> groups = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      groups.add(new MetricFigures.Group<>(periods.get(i), null, values.get(i + 2)));
    }
    if (q.byCut() != null) {
      LocalDate end = q.period().to();
      Map<String, PurchaseRollupRepository.Day> toDate =
          purchaseRollup.toDateByValue(end, q.byCut(), money);
      Map<String, PurchaseRollupRepository.Day> year =
          purchaseRollup.byValue(yearTo(end), q.byCut(), money);
      Map<String, Retention> churnOf = customerRollup.byValue(yearTo(end), q.byCut());
      toDate.forEach(
          (value, d) ->
              groups.add(
                  new MetricFigures.Group<>(
                      null,
                      value,
                      lifetimeValue(
                          money,
                          d,
                          year.getOrDefault(value, PurchaseRollupRepository.Day.NONE),
                          churnOf.get(value)))));
    }
    return new MetricFigures<>(q.inCurrency(money), values.get(0), before, values.get(1), groups);
  }

  /** The projection's window: the year (365 days) that ends on {@code end}. */
  private static ReportPeriod yearTo(LocalDate end) {
    return new ReportPeriod(end.minusDays(LifetimeValue.WINDOW_DAYS - 1L), end);
  }

  private static PurchaseRollupRepository.Day at(
      NavigableMap<LocalDate, PurchaseRollupRepository.Day> running, LocalDate day) {
    Map.Entry<LocalDate, PurchaseRollupRepository.Day> e = running.floorEntry(day);
    return e == null ? PurchaseRollupRepository.Day.NONE : e.getValue();
  }

  /**
   * Lifetime value from the sums to date (revenue, first buyers, and the buyers of the year as
   * spans begun minus ended), the year's orders and revenue, and the year's churn (none: unknown).
   */
  private static LifetimeValue lifetimeValue(
      String money,
      PurchaseRollupRepository.Day toDate,
      PurchaseRollupRepository.Day year,
      Retention churn) {
    return new LifetimeValue(
        new RevenueToDate(money, toDate.revenue(), toDate.firstBuyers()),
        new ProjectedClv(
            money,
            year.revenue(),
            year.orders(),
            toDate.buyers(),
            LifetimeValue.WINDOW_DAYS,
            churn == null ? null : churn.churnRate()));
  }

  /**
   * Makes the rollups again from all feedback, customers and referrals (an administrator's repair
   * after a direct load).
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public void rebuild() {
    rollups.rebuildAll();
  }
}
