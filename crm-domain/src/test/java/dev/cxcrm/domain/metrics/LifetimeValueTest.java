package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifetimeValueTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** The end of June 2026 in Tokyo: 1 July 00:00 JST. */
  private static final Instant END_OF_JUNE = Instant.parse("2026-06-30T15:00:00Z");

  private static Bought bought(long customer, String at, String amount, String currency) {
    return new Bought(customer, Instant.parse(at), Money.of(amount, currency));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void revenue_to_date_sums_each_customers_purchases_before_the_end_per_currency() {
    // Customer 1: 1000 + 2500 JPY (the 9999 at the end instant is after the period);
    // customer 2: 500 JPY and 10.50 USD.
    List<Bought> purchases =
        List.of(
            bought(1, "2026-01-10T03:00:00Z", "1000", "JPY"),
            bought(1, "2026-06-30T14:59:59Z", "2500", "JPY"),
            bought(1, "2026-06-30T15:00:00Z", "9999", "JPY"),
            bought(2, "2025-12-01T00:00:00Z", "500", "JPY"),
            bought(2, "2026-02-01T00:00:00Z", "10.50", "USD"));
    assertThat(CustomerRevenue.toDate(purchases, END_OF_JUNE))
        .containsExactly(
            new CustomerRevenue(1, Money.of("3500", "JPY")),
            new CustomerRevenue(2, Money.of("500", "JPY")),
            new CustomerRevenue(2, Money.of("10.5", "USD")));
    List<RevenueToDate> figures = RevenueToDate.ofPurchases(purchases, END_OF_JUNE);
    // JPY: 4000 over 2 customers = 2000 each; USD: 10.5 over 1.
    assertThat(figures).extracting(RevenueToDate::currency).containsExactly("JPY", "USD");
    assertThat(figures.get(0).total()).isEqualByComparingTo("4000");
    assertThat(figures.get(0).n()).isEqualTo(2);
    assertThat(figures.get(0).average()).isEqualByComparingTo("2000");
    assertThat(figures.get(1).average()).isEqualByComparingTo("10.5");
  }

  @Test
  void the_average_is_not_rounded_by_the_calculator() {
    // 100 / 3 to 16 significant digits; display rounds.
    assertThat(new RevenueToDate("JPY", dec("100"), 3).average())
        .isEqualByComparingTo("33.33333333333333");
  }

  @Test
  void no_purchases_is_no_figure_and_no_customers_is_no_average() {
    assertThat(RevenueToDate.ofPurchases(List.of(), END_OF_JUNE)).isEmpty();
    assertThat(new RevenueToDate("JPY", BigDecimal.ZERO, 0).average()).isNull();
  }

  @Test
  void currencies_are_never_added_together() {
    assertThatThrownBy(() -> Money.of("1", "JPY").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("JPY");
    assertThatThrownBy(() -> Money.of("1", "XYZ1")).hasMessageContaining("XYZ1");
    assertThat(Money.of("100.00", "JPY")).isEqualTo(Money.of("1E+2", "JPY"));
  }

  @Test
  void projected_clv_is_order_value_times_purchases_a_year_times_lifespan() {
    // 120000 JPY in 40 orders from 10 customers over 365 days, annual churn 25 %:
    // 3000 per order * 4 orders a year * 4 years = 48000.
    ProjectedClv clv = new ProjectedClv("JPY", dec("120000"), 40, 10, 365, 25.0);
    assertThat(clv.averageOrderValue()).isEqualByComparingTo("3000");
    assertThat(clv.purchasesPerYear()).isEqualTo(4.0);
    assertThat(clv.lifespanYears()).isEqualTo(4.0);
    assertThat(clv.value()).isEqualByComparingTo("48000");
    assertThat(clv.n()).isEqualTo(10);
    assertThat(clv.smallSample()).isTrue();
  }

  @Test
  void a_window_shorter_than_a_year_scales_the_purchases_to_a_year() {
    // 2 orders of 500 from one customer in 73 days (a fifth of a year): 10 a year;
    // churn 50 %: 2 years. 500 * 10 * 2 = 10000.
    ProjectedClv clv = new ProjectedClv("JPY", dec("1000"), 2, 1, 73, 50.0);
    assertThat(clv.purchasesPerYear()).isEqualTo(10.0);
    assertThat(clv.value()).isEqualByComparingTo("10000");
  }

  @Test
  void with_an_annual_churn_of_zero_the_lifespan_and_the_projection_are_undefined() {
    ProjectedClv clv = new ProjectedClv("JPY", dec("120000"), 40, 10, 365, 0.0);
    assertThat(clv.lifespanYears()).isNull();
    assertThat(clv.value()).isNull();
    assertThat(clv.averageOrderValue()).isEqualByComparingTo("3000");
    assertThat(new ProjectedClv("JPY", dec("1"), 1, 1, 365, null).value()).isNull();
  }

  @Test
  void projected_clv_from_the_purchases_of_a_window_per_currency() {
    // 2025 in Tokyo (365 days). JPY: customer 1 three orders of 2000, customer 2 one of 6000:
    // 12000 / 4 = 3000 per order, 4 / 2 = 2 orders a year, churn 20 % = 5 years: 30000.
    // EUR: one order of 50 from one customer: 50 * 1 * 5 = 250.
    // The order at 1 January 2026 00:00 JST is outside.
    List<Bought> purchases =
        List.of(
            bought(1, "2025-01-05T00:00:00Z", "2000", "JPY"),
            bought(1, "2025-05-05T00:00:00Z", "2000", "JPY"),
            bought(1, "2025-09-05T00:00:00Z", "2000", "JPY"),
            bought(2, "2024-12-31T15:00:00Z", "6000", "JPY"),
            bought(2, "2025-12-31T15:00:00Z", "8000", "JPY"),
            bought(3, "2025-03-01T00:00:00Z", "50", "EUR"));
    ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    List<ProjectedClv> figures = ProjectedClv.of(purchases, year, TOKYO, 20.0);
    assertThat(figures).extracting(ProjectedClv::currency).containsExactly("EUR", "JPY");
    assertThat(figures.get(0).value()).isEqualByComparingTo("250");
    ProjectedClv jpy = figures.get(1);
    assertThat(jpy.orders()).isEqualTo(4);
    assertThat(jpy.customers()).isEqualTo(2);
    assertThat(jpy.value()).isEqualByComparingTo("30000");
  }

  @Test
  void parts_that_cannot_come_from_purchases_are_refused() {
    assertThatThrownBy(() -> new ProjectedClv("JPY", dec("1"), 1, 2, 365, 10.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProjectedClv("JPY", dec("1"), 1, 1, 0, 10.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProjectedClv("JPY", dec("1"), 1, 1, 365, 120.0))
        .hasMessageContaining("120");
  }
}
