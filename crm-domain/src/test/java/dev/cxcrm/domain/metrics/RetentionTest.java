package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.metrics.Retention.Member;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** April to June 2026 in Tokyo: [2026-03-31T15:00Z, 2026-06-30T15:00Z). */
  private static final ReportPeriod Q2 =
      new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

  private static final Instant START = Instant.parse("2026-03-31T15:00:00Z");
  private static final Instant END = Instant.parse("2026-06-30T15:00:00Z");

  private static Member days(String since, String churnedOn) {
    return Member.ofDays(
        LocalDate.parse(since), churnedOn == null ? null : LocalDate.parse(churnedOn), TOKYO);
  }

  private static Retention of(Member... members) {
    return Retention.of(List.of(members), Q2, TOKYO);
  }

  @Test
  void the_period_is_read_in_the_business_zone() {
    assertThat(Q2.start(TOKYO)).isEqualTo(START);
    assertThat(Q2.end(TOKYO)).isEqualTo(END);
  }

  @Test
  void crr_is_end_minus_new_over_start_and_churn_is_lost_over_start() {
    // S = 4 (three long-standing, one lost on 10 May); N = 2 (one stays, one lost on 1 June);
    // E = 3 + 1 = 4. CRR = (4 - 2) / 4 = 50 %; churn = 1 / 4 = 25 %.
    Retention r =
        of(
            days("2024-01-01", null),
            days("2025-01-01", null),
            days("2025-06-01", null),
            days("2025-06-01", "2026-05-10"),
            days("2026-04-15", null),
            days("2026-05-01", "2026-06-01"),
            days("2023-01-01", "2026-03-31"));
    assertThat(r).isEqualTo(new Retention(4, 4, 2, 1));
    assertThat(r.retentionRate()).isEqualTo(50.0);
    assertThat(r.churnRate()).isEqualTo(25.0);
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.smallSample()).isTrue();
  }

  @Test
  void a_customer_created_exactly_at_the_start_instant_is_new_not_at_the_start() {
    // since < t is false at t = start, so it counts in N and, still active, in E.
    assertThat(of(new Member(START, null))).isEqualTo(new Retention(0, 1, 1, 0));
    assertThat(of(days("2026-04-01", null))).isEqualTo(new Retention(0, 1, 1, 0));
    assertThat(of(new Member(START.minusNanos(1), null))).isEqualTo(new Retention(1, 1, 0, 0));
  }

  @Test
  void a_customer_created_exactly_at_the_end_instant_is_not_counted_at_all() {
    assertThat(of(new Member(END, null))).isEqualTo(new Retention(0, 0, 0, 0));
    assertThat(of(new Member(END.minusNanos(1), null))).isEqualTo(new Retention(0, 1, 1, 0));
  }

  @Test
  void a_customer_churned_exactly_at_the_start_instant_was_there_at_the_start_and_is_lost() {
    // Churned on the first day: active at the start (churned at or after it), lost in the period.
    assertThat(of(days("2025-01-01", "2026-04-01"))).isEqualTo(new Retention(1, 0, 0, 1));
    assertThat(of(new Member(START.minusSeconds(60), START))).isEqualTo(new Retention(1, 0, 0, 1));
    // Churned the day before: gone before the period starts.
    assertThat(of(days("2025-01-01", "2026-03-31"))).isEqualTo(new Retention(0, 0, 0, 0));
  }

  @Test
  void a_customer_churned_exactly_at_the_end_instant_is_still_there_at_the_end_and_not_lost() {
    // Churned on 1 July: active at the end instant, so in E and not lost in Q2.
    Retention r = of(days("2025-01-01", "2026-07-01"));
    assertThat(r).isEqualTo(new Retention(1, 1, 0, 0));
    assertThat(r.retentionRate()).isEqualTo(100.0);
    assertThat(r.churnRate()).isZero();
    assertThat(of(new Member(START.minusSeconds(1), END.minusNanos(1))))
        .isEqualTo(new Retention(1, 0, 0, 1));
  }

  @Test
  void a_customer_who_comes_and_goes_within_the_period_is_new_and_lowers_crr() {
    // S = 1 stays, N = 1 lost on its first day: CRR = (1 - 1) / 1 = 0, churn 0 (not a member of S).
    Retention r = of(days("2025-01-01", null), days("2026-05-01", "2026-05-01"));
    assertThat(r).isEqualTo(new Retention(1, 1, 1, 0));
    assertThat(r.retentionRate()).isZero();
    assertThat(r.churnRate()).isZero();
  }

  @Test
  void the_same_instant_is_new_in_tokyo_but_at_the_start_in_utc() {
    // 2026-03-31T16:00Z is 1 April 01:00 in Tokyo (after the start) but 31 March in UTC.
    Member m = new Member(Instant.parse("2026-03-31T16:00:00Z"), null);
    assertThat(Retention.of(List.of(m), Q2, TOKYO)).isEqualTo(new Retention(0, 1, 1, 0));
    assertThat(Retention.of(List.of(m), Q2, ZoneOffset.UTC)).isEqualTo(new Retention(1, 1, 0, 0));
  }

  @Test
  void no_customer_at_the_start_is_no_rate_not_zero() {
    Retention r = of(days("2026-05-01", null));
    assertThat(r.n()).isZero();
    assertThat(r.retentionRate()).isNull();
    assertThat(r.churnRate()).isNull();
    assertThat(of().retentionRate()).isNull();
  }

  @Test
  void counts_that_cannot_come_from_customers_are_refused() {
    assertThatThrownBy(() -> new Retention(1, 0, 0, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Retention(2, 4, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> days("2026-05-02", "2026-05-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }
}
