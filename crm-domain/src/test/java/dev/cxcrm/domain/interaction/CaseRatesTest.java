package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples. The period is March 2026 in Tokyo: [2026-02-28T15:00Z,
 * 2026-03-31T15:00Z).
 */
class CaseRatesTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant FROM = Instant.parse("2026-02-28T15:00:00Z");
  private static final Instant TO = Instant.parse("2026-03-31T15:00:00Z");

  private static CaseFacts fact(
      String opened, String resolved, boolean fcr, Channel channel, String owner) {
    return new CaseFacts(
        Instant.parse(opened),
        resolved == null ? null : Instant.parse(resolved),
        fcr,
        channel,
        owner);
  }

  /**
   * Opened in March: a (resolved in March, FCR), b (resolved in March, not FCR), c (resolved on 1
   * April Tokyo time: not within the period), d (open). Opened in February and resolved in March: e
   * (FCR). Opened and resolved in February: f. Opened in April: g.
   */
  private static final List<CaseFacts> CASES =
      List.of(
          fact("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", true, Channel.EMAIL, "tanaka"),
          fact("2026-03-10T00:00:00Z", "2026-03-20T00:00:00Z", false, Channel.PHONE, "tanaka"),
          fact("2026-03-30T00:00:00Z", "2026-03-31T15:00:00Z", true, Channel.EMAIL, "kobayashi"),
          fact("2026-03-31T14:59:59Z", null, false, Channel.EMAIL, null),
          fact("2026-02-20T00:00:00Z", "2026-03-01T00:00:00Z", true, Channel.SMS, "kobayashi"),
          fact("2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z", true, Channel.EMAIL, "tanaka"),
          fact("2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z", true, Channel.EMAIL, "tanaka"));

  @Test
  void resolution_rate_is_the_share_of_the_cases_opened_in_the_period_resolved_by_its_end() {
    Rate r = CaseRates.resolutionRate(CASES, FROM, TO);
    // opened in March: a, b, c, d; resolved before the end: a, b.
    assertThat(r).isEqualTo(new Rate(2, 4));
    assertThat(r.percent()).isEqualTo(50.0);
  }

  @Test
  void fcr_rate_is_the_share_of_the_cases_resolved_in_the_period_resolved_at_first_contact() {
    Rate r = CaseRates.firstContactResolutionRate(CASES, FROM, TO);
    // resolved in March: a (FCR), b, e (FCR).
    assertThat(r).isEqualTo(new Rate(2, 3));
    assertThat(r.percent()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void no_cases_means_no_rate_not_zero() {
    Instant from = Instant.parse("2030-01-01T00:00:00Z");
    Instant to = Instant.parse("2030-02-01T00:00:00Z");
    assertThat(CaseRates.resolutionRate(CASES, from, to)).isEqualTo(Rate.NONE);
    assertThat(CaseRates.resolutionRate(CASES, from, to).percent()).isNull();
    assertThat(CaseRates.firstContactResolutionRate(List.of(), from, to).percent()).isNull();
  }

  @Test
  void cases_opened_but_none_resolved_give_a_zero_resolution_rate_and_no_fcr_rate() {
    List<CaseFacts> open =
        List.of(fact("2026-03-05T00:00:00Z", null, false, Channel.WEB, "tanaka"));
    assertThat(CaseRates.resolutionRate(open, FROM, TO)).isEqualTo(new Rate(0, 1));
    assertThat(CaseRates.resolutionRate(open, FROM, TO).percent()).isEqualTo(0.0);
    assertThat(CaseRates.firstContactResolutionRate(open, FROM, TO).percent()).isNull();
  }

  @Test
  void per_channel_each_case_counts_under_the_channel_of_its_first_inbound_contact() {
    List<CaseRates.Row<Channel>> rows =
        CaseRates.by(CASES, CaseFacts::channel, Comparator.naturalOrder(), FROM, TO);
    assertThat(rows)
        .extracting(CaseRates.Row::key)
        .containsExactly(Channel.EMAIL, Channel.PHONE, Channel.SMS);
    // EMAIL: opened a, c, d, resolved by the end a -> 1/3; resolved in March: a (FCR) -> 1/1.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(1, 3));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(1, 1));
    // PHONE: b -> 1/1 resolved, 0/1 FCR.
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(0, 1));
    // SMS: e opened in February: no resolution rate; resolved in March at first contact.
    assertThat(rows.get(2).resolution()).isEqualTo(Rate.NONE);
    assertThat(rows.get(2).firstContactResolution()).isEqualTo(new Rate(1, 1));
  }

  @Test
  void per_agent_the_unassigned_cases_come_last() {
    List<CaseRates.Row<String>> rows =
        CaseRates.by(CASES, CaseFacts::owner, Comparator.naturalOrder(), FROM, TO);
    assertThat(rows).extracting(CaseRates.Row::key).containsExactly("kobayashi", "tanaka", null);
    // kobayashi: opened c (not resolved by the end) -> 0/1; resolved in March e (FCR) -> 1/1.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(0, 1));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(1, 1));
    // tanaka: a, b opened and resolved -> 2/2; FCR a only -> 1/2.
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(2, 2));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(1, 2));
    // unassigned: d open -> 0/1, nothing resolved -> no FCR rate.
    assertThat(rows.get(2).resolution()).isEqualTo(new Rate(0, 1));
    assertThat(rows.get(2).firstContactResolution().percent()).isNull();
  }

  @Test
  void monthly_rows_cover_every_month_of_the_period_in_the_business_time_zone() {
    List<CaseRates.Row<YearMonth>> rows =
        CaseRates.monthly(CASES, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), TOKYO);
    assertThat(rows)
        .extracting(CaseRates.Row::key)
        .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    // February: opened e, f; f resolved in February, e only on 1 March -> 1/2; resolved f -> 1/1.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(1, 2));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(2, 4));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(2, 3));
    // April: opened g (resolved) -> 1/1; resolved c and g, both FCR -> 2/2.
    assertThat(rows.get(2).resolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(2).firstContactResolution()).isEqualTo(new Rate(2, 2));
  }

  @Test
  void a_month_without_cases_is_listed_with_no_rates() {
    List<CaseRates.Row<YearMonth>> rows =
        CaseRates.monthly(CASES, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15), TOKYO);
    assertThat(rows).hasSize(2);
    assertThat(rows).allSatisfy(r -> assertThat(r.resolution().percent()).isNull());
  }
}
