package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.playbook.StepSchedule.Customer;
import dev.cxcrm.domain.playbook.StepSchedule.Occurrence;
import dev.cxcrm.domain.playbook.StepSchedule.Step;
import dev.cxcrm.domain.shared.ImportantDateKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepScheduleTest {
  private static final LocalDate SINCE = LocalDate.of(2025, 1, 31);

  private static Customer customer(
      List<LocalDate> resolved, Map<ImportantDateKind, List<LocalDate>> dates) {
    return new Customer(SINCE, resolved, dates);
  }

  private static List<Occurrence> of(Step step, Customer c, String from, String to) {
    return StepSchedule.occurrences(step, c, LocalDate.parse(from), LocalDate.parse(to));
  }

  private static Occurrence on(String day) {
    return new Occurrence(LocalDate.parse(day), LocalDate.parse(day));
  }

  @Test
  void a_quarterly_check_in_comes_every_three_months_from_the_start_keeping_month_ends() {
    Step quarterly = new Step(Trigger.EVERY_MONTHS, 3, null);
    assertThat(of(quarterly, customer(List.of(), Map.of()), "2025-01-01", "2026-01-31"))
        .containsExactly(on("2025-04-30"), on("2025-07-31"), on("2025-10-31"), on("2026-01-31"));
  }

  @Test
  void the_start_itself_is_no_occurrence_and_the_window_bounds_are_included() {
    Step annual = new Step(Trigger.EVERY_MONTHS, 12, null);
    Customer c = customer(List.of(), Map.of());
    assertThat(of(annual, c, "2025-01-31", "2026-01-30")).isEmpty();
    assertThat(of(annual, c, "2026-01-31", "2026-01-31")).containsExactly(on("2026-01-31"));
    assertThat(of(annual, c, "2029-01-01", "2029-12-31")).containsExactly(on("2029-01-31"));
  }

  @Test
  void onboarding_comes_once_some_days_after_the_start() {
    Step onboarding = new Step(Trigger.DAYS_AFTER_START, 14, null);
    Customer c = customer(List.of(), Map.of());
    assertThat(of(onboarding, c, "2025-01-01", "2030-01-01")).containsExactly(on("2025-02-14"));
    assertThat(of(onboarding, c, "2025-02-15", "2030-01-01")).isEmpty();
  }

  @Test
  void a_check_in_follows_each_resolved_case_once_per_day() {
    Step followUp = new Step(Trigger.DAYS_AFTER_RESOLVED_CASE, 7, null);
    Customer c =
        customer(
            List.of(
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-20")),
            Map.of());
    assertThat(of(followUp, c, "2026-11-01", "2026-11-30"))
        .containsExactly(on("2026-11-08"), on("2026-11-27"));
  }

  @Test
  void a_birthday_greeting_is_due_a_week_before_each_birthday_and_29_february_falls_on_the_28th() {
    Step greeting = new Step(Trigger.DAYS_BEFORE_DATE, 7, ImportantDateKind.BIRTHDAY);
    Customer c =
        customer(
            List.of(), Map.of(ImportantDateKind.BIRTHDAY, List.of(LocalDate.parse("1980-02-29"))));
    assertThat(of(greeting, c, "2026-01-01", "2028-12-31"))
        .containsExactly(
            new Occurrence(LocalDate.parse("2026-02-28"), LocalDate.parse("2026-02-21")),
            new Occurrence(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-02-21")),
            new Occurrence(LocalDate.parse("2028-02-29"), LocalDate.parse("2028-02-22")));
  }

  @Test
  void a_date_early_in_january_is_due_in_december_of_the_year_before() {
    Step greeting = new Step(Trigger.DAYS_BEFORE_DATE, 7, ImportantDateKind.CONTRACT_ANNIVERSARY);
    Customer c =
        customer(
            List.of(),
            Map.of(ImportantDateKind.CONTRACT_ANNIVERSARY, List.of(LocalDate.parse("2020-01-03"))));
    assertThat(of(greeting, c, "2026-12-20", "2026-12-31"))
        .containsExactly(
            new Occurrence(LocalDate.parse("2027-01-03"), LocalDate.parse("2026-12-27")));
    assertThat(of(greeting, c, "2020-01-01", "2020-12-31"))
        .as("not before the date itself")
        .containsExactly(
            new Occurrence(LocalDate.parse("2021-01-03"), LocalDate.parse("2020-12-27")));
  }

  @Test
  void a_renewal_happens_once_and_other_kinds_of_date_are_not_read() {
    Step renewal = new Step(Trigger.DAYS_BEFORE_DATE, 30, ImportantDateKind.RENEWAL);
    Customer c =
        customer(
            List.of(),
            Map.of(
                ImportantDateKind.RENEWAL, List.of(LocalDate.parse("2027-04-01")),
                ImportantDateKind.BIRTHDAY, List.of(LocalDate.parse("1990-04-10"))));
    assertThat(of(renewal, c, "2026-01-01", "2030-12-31"))
        .containsExactly(
            new Occurrence(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-03-02")));
  }

  @Test
  void an_empty_window_has_no_occurrence() {
    Step quarterly = new Step(Trigger.EVERY_MONTHS, 3, null);
    assertThat(of(quarterly, customer(List.of(), Map.of()), "2026-01-31", "2026-01-30")).isEmpty();
  }

  @Test
  void consecutive_windows_give_every_occurrence_exactly_once() {
    Step quarterly = new Step(Trigger.EVERY_MONTHS, 1, null);
    Step birthday = new Step(Trigger.DAYS_BEFORE_DATE, 10, ImportantDateKind.BIRTHDAY);
    Customer c =
        customer(
            List.of(), Map.of(ImportantDateKind.BIRTHDAY, List.of(LocalDate.parse("1975-01-05"))));
    for (Step step : List.of(quarterly, birthday)) {
      List<Occurrence> whole = of(step, c, "2025-01-01", "2027-12-31");
      List<Occurrence> pieces = new java.util.ArrayList<>();
      LocalDate from = LocalDate.parse("2025-01-01");
      while (!from.isAfter(LocalDate.parse("2027-12-31"))) {
        LocalDate to = from.plusDays(6);
        pieces.addAll(StepSchedule.occurrences(step, c, from, to));
        from = to.plusDays(1);
      }
      assertThat(pieces.stream().filter(o -> !o.dueOn().isAfter(LocalDate.parse("2027-12-31"))))
          .containsExactlyElementsOf(whole);
    }
  }
}
