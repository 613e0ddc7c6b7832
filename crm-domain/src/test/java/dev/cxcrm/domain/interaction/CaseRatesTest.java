package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.interaction.CaseRates.Month;
import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples. The period is February to April 2026 in Tokyo; the cases:
 *
 * <pre>
 * a opened 03-02, resolved 03-03, FCR      EMAIL  tanaka
 * b opened 03-10, resolved 03-20           PHONE  tanaka
 * c opened 03-30, resolved 04-01 (Tokyo)   EMAIL  kobayashi   FCR
 * d opened 03-31, open                     EMAIL  unassigned
 * e opened 02-20, resolved 03-01, FCR      SMS    kobayashi
 * f opened 02-01, resolved 02-02, FCR      EMAIL  tanaka
 * g opened 04-01, resolved 04-02, FCR      EMAIL  tanaka
 * </pre>
 *
 * counted by the database per month, channel and owner as below.
 */
class CaseRatesTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final YearMonth FEB = YearMonth.of(2026, 2);
  private static final YearMonth MAR = YearMonth.of(2026, 3);
  private static final YearMonth APR = YearMonth.of(2026, 4);

  private static final List<CaseTally> TALLIES =
      List.of(
          // February: e opened (resolved only in March), f opened and resolved.
          new CaseTally(FEB, Channel.SMS, "kobayashi", 1, 0, 1, 0, 0),
          new CaseTally(FEB, Channel.EMAIL, "tanaka", 1, 1, 1, 1, 1),
          // March: a and b opened and resolved; c opened (resolved in April); d open; e resolved.
          new CaseTally(MAR, Channel.EMAIL, "tanaka", 1, 1, 1, 1, 1),
          new CaseTally(MAR, Channel.PHONE, "tanaka", 1, 1, 1, 1, 0),
          new CaseTally(MAR, Channel.EMAIL, "kobayashi", 1, 0, 1, 0, 0),
          new CaseTally(MAR, Channel.EMAIL, null, 1, 0, 0, 0, 0),
          new CaseTally(MAR, Channel.SMS, "kobayashi", 0, 0, 0, 1, 1),
          // April: g opened and resolved; c resolved.
          new CaseTally(APR, Channel.EMAIL, "tanaka", 1, 1, 1, 1, 1),
          new CaseTally(APR, Channel.EMAIL, "kobayashi", 0, 0, 0, 1, 1));

  private static final List<Month> MONTHS =
      CaseRates.months(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), TOKYO);

  @Test
  void months_cover_the_period_in_the_business_time_zone_cut_to_its_first_and_last_day() {
    assertThat(MONTHS)
        .containsExactly(
            new Month(
                FEB, Instant.parse("2026-01-31T15:00:00Z"), Instant.parse("2026-02-28T15:00:00Z")),
            new Month(
                MAR, Instant.parse("2026-02-28T15:00:00Z"), Instant.parse("2026-03-31T15:00:00Z")),
            new Month(
                APR, Instant.parse("2026-03-31T15:00:00Z"), Instant.parse("2026-04-30T15:00:00Z")));
    assertThat(CaseRates.months(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15), TOKYO))
        .containsExactly(
            new Month(
                MAR, Instant.parse("2026-03-14T15:00:00Z"), Instant.parse("2026-03-15T15:00:00Z")));
  }

  @Test
  void resolution_rate_is_the_share_of_the_cases_opened_in_the_period_resolved_by_its_end() {
    // Opened: a b c d e f g; resolved before 1 May: all but d.
    assertThat(CaseRates.total(TALLIES).resolution()).isEqualTo(new Rate(6, 7));
    // Resolved in the period: a b c e f g; FCR: all but b.
    assertThat(CaseRates.total(TALLIES).firstContactResolution()).isEqualTo(new Rate(5, 6));
  }

  @Test
  void each_month_counts_resolutions_by_the_end_of_that_month() {
    List<CaseRates.Row<YearMonth>> rows = CaseRates.monthly(MONTHS, TALLIES);
    assertThat(rows).extracting(CaseRates.Row::key).containsExactly(FEB, MAR, APR);
    // February: opened e, f; by the end of February only f -> 1/2; resolved f (FCR) -> 1/1.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(1, 2));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(1, 1));
    // March: opened a b c d, resolved by its end a b -> 2/4; resolved a b e, FCR a e -> 2/3.
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(2, 4));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(2, 3));
    assertThat(rows.get(1).firstContactResolution().percent())
        .isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
    // April: opened g (resolved) -> 1/1; resolved c and g, both FCR -> 2/2.
    assertThat(rows.get(2).resolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(2).firstContactResolution()).isEqualTo(new Rate(2, 2));
  }

  @Test
  void a_month_without_cases_is_listed_with_no_rates_not_zero() {
    List<Month> months =
        CaseRates.months(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15), TOKYO);
    List<CaseRates.Row<YearMonth>> rows = CaseRates.monthly(months, List.of());
    assertThat(rows).hasSize(2);
    assertThat(rows).allSatisfy(r -> assertThat(r.resolution().percent()).isNull());
    assertThat(rows).allSatisfy(r -> assertThat(r.firstContactResolution().percent()).isNull());
    assertThat(CaseRates.total(List.of()).resolution()).isEqualTo(Rate.NONE);
  }

  @Test
  void per_channel_each_case_counts_under_the_channel_of_its_first_inbound_contact() {
    List<CaseRates.Row<Channel>> rows =
        CaseRates.by(TALLIES, CaseTally::channel, Comparator.naturalOrder());
    assertThat(rows)
        .extracting(CaseRates.Row::key)
        .containsExactly(Channel.EMAIL, Channel.PHONE, Channel.SMS);
    // EMAIL: opened a c d f g, resolved by the end all but d -> 4/5; resolved a c f g, all FCR.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(4, 5));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(4, 4));
    // PHONE: b -> 1/1 resolved, 0/1 FCR.
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(0, 1));
    // SMS: e opened in February, resolved in March at first contact.
    assertThat(rows.get(2).resolution()).isEqualTo(new Rate(1, 1));
    assertThat(rows.get(2).firstContactResolution()).isEqualTo(new Rate(1, 1));
  }

  @Test
  void per_agent_the_unassigned_cases_come_last_and_an_empty_denominator_gives_no_rate() {
    List<CaseRates.Row<String>> rows =
        CaseRates.by(TALLIES, CaseTally::owner, Comparator.naturalOrder());
    assertThat(rows).extracting(CaseRates.Row::key).containsExactly("kobayashi", "tanaka", null);
    // kobayashi: opened c, e, both resolved by the end -> 2/2; resolved c, e (FCR) -> 2/2.
    assertThat(rows.get(0).resolution()).isEqualTo(new Rate(2, 2));
    assertThat(rows.get(0).firstContactResolution()).isEqualTo(new Rate(2, 2));
    // tanaka: a b f g -> 4/4; FCR a f g -> 3/4.
    assertThat(rows.get(1).resolution()).isEqualTo(new Rate(4, 4));
    assertThat(rows.get(1).firstContactResolution()).isEqualTo(new Rate(3, 4));
    // unassigned: d open -> 0/1, nothing resolved -> no FCR rate.
    assertThat(rows.get(2).resolution()).isEqualTo(new Rate(0, 1));
    assertThat(rows.get(2).firstContactResolution().percent()).isNull();
  }
}
