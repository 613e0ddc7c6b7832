package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * Customer retention and churn over a period, from four counts:
 *
 * <ul>
 *   <li>{@code atStart} (S): customers active at the first instant of the period;
 *   <li>{@code atEnd} (E): customers active at the first instant after it;
 *   <li>{@code created} (N): customers who became one during the period, at or after its start;
 *   <li>{@code lost}: customers of S who churned during the period.
 * </ul>
 *
 * CRR = (E − N) / S · 100 and churn = lost / S · 100; no customer at the start means neither
 * (null). N counts every new customer, also one who churned within the period, so CRR can be below
 * 100 − churn (and, in theory, below 0). The sample size is S.
 */
public record Retention(long atStart, long atEnd, long created, long lost) implements Sampled {
  public Retention {
    if (atStart < 0 || created < 0 || lost < 0 || lost > atStart) {
      throw new IllegalArgumentException(
          "Not counts of customers: S " + atStart + ", N " + created + ", lost " + lost);
    }
    if (atEnd < 0 || atEnd > atStart - lost + created) {
      throw new IllegalArgumentException(
          atEnd
              + " active at the end cannot come from "
              + atStart
              + " − "
              + lost
              + " + "
              + created);
    }
  }

  /**
   * One customer as retention sees it: a customer from {@code since} and, when lost, up to {@code
   * churnedAt}. Active at instant t when {@code since < t} and it has not churned before t.
   */
  public record Member(Instant since, Instant churnedAt) {
    public Member {
      Objects.requireNonNull(since, "since");
      if (churnedAt != null && churnedAt.isBefore(since)) {
        throw new IllegalArgumentException("Churned at " + churnedAt + " before " + since);
      }
    }

    /** From the days of the customer record: each day means its start in the business's zone. */
    public static Member ofDays(LocalDate since, LocalDate churnedOn, ZoneId zone) {
      return new Member(
          since.atStartOfDay(zone).toInstant(),
          churnedOn == null ? null : churnedOn.atStartOfDay(zone).toInstant());
    }

    public boolean activeAt(Instant t) {
      return since.isBefore(t) && (churnedAt == null || !churnedAt.isBefore(t));
    }
  }

  /**
   * The reference computation, customer by customer, that rolled-up counts are checked against: the
   * period runs from the start of its first day to the start of the day after its last, in {@code
   * zone}.
   */
  public static Retention of(Collection<Member> members, ReportPeriod period, ZoneId zone) {
    Instant start = period.start(zone);
    Instant end = period.end(zone);
    long atStart = 0;
    long atEnd = 0;
    long created = 0;
    long lost = 0;
    for (Member m : members) {
      boolean wasActive = m.activeAt(start);
      atStart += wasActive ? 1 : 0;
      atEnd += m.activeAt(end) ? 1 : 0;
      created += !m.since().isBefore(start) && m.since().isBefore(end) ? 1 : 0;
      lost += wasActive && m.churnedAt() != null && m.churnedAt().isBefore(end) ? 1 : 0;
    }
    return new Retention(atStart, atEnd, created, lost);
  }

  @Override
  public long n() {
    return atStart;
  }

  /** CRR = (E − N) / S · 100, or null without customers at the start. */
  public Double retentionRate() {
    return atStart == 0 ? null : (atEnd - created) * 100.0 / atStart;
  }

  /** Churn = lost / S · 100, or null without customers at the start. */
  public Double churnRate() {
    return atStart == 0 ? null : lost * 100.0 / atStart;
  }
}
