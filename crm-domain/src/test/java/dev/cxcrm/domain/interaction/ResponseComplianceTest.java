package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxcrm.domain.interaction.ResponseCompliance.By;
import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseComplianceTest {
  private static final Instant T0 = Instant.parse("2026-11-16T00:00:00Z");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** An e-mail received at T0 + {@code atMin}, due 60 minutes later, answered after {@code min}. */
  private static ResponseSample mail(String agent, int atMin, Integer answeredAfterMin) {
    Instant at = T0.plusSeconds(atMin * 60L);
    return new ResponseSample(
        Channel.EMAIL,
        agent,
        at,
        at.plusSeconds(3600),
        answeredAfterMin == null ? null : at.plusSeconds(answeredAfterMin * 60L));
  }

  @Test
  void share_in_time_counts_answered_and_overdue_contacts_but_not_pending_ones() {
    Instant now = T0.plusSeconds(10 * 3600);
    List<ResponseSample> samples =
        List.of(
            mail("tanaka", 0, 30), // in time
            mail("tanaka", 0, 60), // exactly at the deadline: in time
            mail("tanaka", 0, 61), // late
            mail("tanaka", 0, null), // overdue (due at 01:00, now 10:00)
            mail("tanaka", 580, null)); // pending: due at 10:40
    ComplianceFigures f = ResponseCompliance.figures("EMAIL", samples, now);
    assertThat(f.decided()).isEqualTo(4);
    assertThat(f.inTime()).isEqualTo(2);
    assertThat(f.late()).isEqualTo(1);
    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.pending()).isEqualTo(1);
    assertThat(f.inTimePercent()).isEqualTo(50.0);
    assertThat(f.answered()).isEqualTo(3);
    // Response times 30, 60, 61: median 60, p90 rank ceil(2.7) = 3 -> 61.
    assertThat(f.medianMinutes()).isEqualTo(60.0);
    assertThat(f.p90Minutes()).isEqualTo(61.0);
  }

  @Test
  void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
    List<ResponseSample> samples =
        List.of(mail("a", 0, 10), mail("a", 0, 40), mail("a", 0, 20), mail("a", 0, 25));
    ComplianceFigures f = ResponseCompliance.figures("x", samples, T0);
    assertThat(f.medianMinutes()).isEqualTo(22.5);
    // Sorted 10, 20, 25, 40: rank ceil(3.6) = 4 -> 40.
    assertThat(f.p90Minutes()).isEqualTo(40.0);
  }

  @Test
  void p90_by_nearest_rank_on_ten_values_is_the_ninth() {
    List<ResponseSample> samples = new ArrayList<>();
    for (int m = 1; m <= 10; m++) {
      samples.add(mail("a", 0, m * 10));
    }
    ComplianceFigures f = ResponseCompliance.figures("x", samples, T0);
    assertThat(f.p90Minutes()).isEqualTo(90.0);
    assertThat(f.medianMinutes()).isEqualTo(55.0);
    assertThat(f.inTimePercent()).isCloseTo(60.0, within(1e-9));
  }

  @Test
  void no_answers_means_no_median_and_nothing_decided_means_no_share() {
    ComplianceFigures pendingOnly =
        ResponseCompliance.figures("x", List.of(mail("a", 0, null)), T0);
    assertThat(pendingOnly.decided()).isZero();
    assertThat(pendingOnly.inTimePercent()).isNull();
    assertThat(pendingOnly.medianMinutes()).isNull();
    assertThat(pendingOnly.p90Minutes()).isNull();

    ComplianceFigures overdueOnly =
        ResponseCompliance.figures("x", List.of(mail("a", 0, null)), T0.plusSeconds(7200));
    assertThat(overdueOnly.inTimePercent()).isEqualTo(0.0);
    assertThat(overdueOnly.medianMinutes()).isNull();
  }

  @Test
  void groups_by_channel_agent_and_monday_of_the_week_in_the_business_time_zone() {
    // 2026-11-22T15:30Z is Monday 2026-11-23 00:30 in Tokyo, but still Sunday in UTC.
    Instant mondayInTokyo = Instant.parse("2026-11-22T15:30:00Z");
    ResponseSample sms =
        new ResponseSample(Channel.SMS, null, mondayInTokyo, mondayInTokyo.plusSeconds(7200), null);
    List<ResponseSample> samples = List.of(mail("sato", 0, 10), mail("tanaka", 0, 90), sms);
    Instant now = Instant.parse("2026-11-30T00:00:00Z");

    assertThat(ResponseCompliance.of(samples, ResponseCompliance.key(By.CHANNEL, TOKYO), now))
        .extracting(ComplianceFigures::key, ComplianceFigures::decided)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EMAIL", 2),
            org.assertj.core.groups.Tuple.tuple("SMS", 1));
    assertThat(ResponseCompliance.of(samples, ResponseCompliance.key(By.AGENT, TOKYO), now))
        .extracting(ComplianceFigures::key, ComplianceFigures::inTimePercent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("", 0.0),
            org.assertj.core.groups.Tuple.tuple("sato", 100.0),
            org.assertj.core.groups.Tuple.tuple("tanaka", 0.0));
    assertThat(ResponseCompliance.of(samples, ResponseCompliance.key(By.WEEK, TOKYO), now))
        .extracting(ComplianceFigures::key)
        .containsExactly("2026-11-16", "2026-11-23");
    assertThat(ResponseCompliance.weekOf(mondayInTokyo, ZoneId.of("UTC")))
        .isEqualTo(LocalDate.of(2026, 11, 16));
  }
}
