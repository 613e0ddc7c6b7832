package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.ImportantDateKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When the steps of a playbook come due for one customer
 * (docs/decisions/0014-playbooks-and-tasks.md). Pure: the planner gives it a step, what it knows of
 * the customer, and a window of due dates.
 */
public final class StepSchedule {
  private StepSchedule() {}

  /** What the schedule needs of a step. */
  public record Step(Trigger trigger, int amount, ImportantDateKind dateKind) {
    public Step {
      Objects.requireNonNull(trigger);
    }
  }

  /**
   * What the schedule needs of a customer: the day it became one, the days its cases were resolved,
   * and its important dates by kind.
   */
  public record Customer(
      LocalDate since,
      List<LocalDate> resolvedCases,
      Map<ImportantDateKind, List<LocalDate>> dates) {
    public Customer {
      Objects.requireNonNull(since);
      resolvedCases = List.copyOf(resolvedCases);
      dates = Map.copyOf(dates);
    }
  }

  /**
   * One time a step comes due: {@code occurrence} names it (the slot of a recurring step, the day
   * of the resolution or of the important date) and makes it unique; {@code dueOn} is when the task
   * is due.
   */
  public record Occurrence(LocalDate occurrence, LocalDate dueOn) {}

  /** Dates that come back every year; the others (a renewal, anything else) happen once. */
  static boolean yearly(ImportantDateKind kind) {
    return kind == ImportantDateKind.BIRTHDAY || kind == ImportantDateKind.CONTRACT_ANNIVERSARY;
  }

  /** The occurrences of {@code step} whose due date lies from {@code from} to {@code to}. */
  public static List<Occurrence> occurrences(
      Step step, Customer customer, LocalDate from, LocalDate to) {
    List<Occurrence> out = new ArrayList<>();
    if (to.isBefore(from) || step.amount() < 0) {
      return out;
    }
    switch (step.trigger()) {
      case EVERY_MONTHS -> {
        if (step.amount() < 1) {
          return out;
        }
        // Counted from the start each time, so that a start on the 31st keeps month ends.
        for (int k = firstSlot(customer.since(), step.amount(), from); ; k++) {
          LocalDate slot = customer.since().plusMonths((long) k * step.amount());
          if (slot.isAfter(to)) {
            break;
          }
          if (!slot.isBefore(from)) {
            out.add(new Occurrence(slot, slot));
          }
        }
      }
      case DAYS_AFTER_START -> add(out, customer.since().plusDays(step.amount()), 0, from, to);
      case DAYS_AFTER_RESOLVED_CASE ->
          customer.resolvedCases().stream()
              .distinct()
              .forEach(r -> add(out, r.plusDays(step.amount()), 0, from, to));
      case DAYS_BEFORE_DATE -> {
        for (LocalDate date : customer.dates().getOrDefault(step.dateKind(), List.of())) {
          if (!yearly(step.dateKind())) {
            add(out, date, step.amount(), from, to);
            continue;
          }
          MonthDay day = MonthDay.from(date);
          LocalDate earliest = from.plusDays(step.amount());
          for (int year = earliest.getYear();
              year <= to.plusDays(step.amount()).getYear();
              year++) {
            // 29 February falls on the 28th in other years (MonthDay.atYear).
            LocalDate on = day.atYear(year);
            if (on.isAfter(date)) {
              add(out, on, step.amount(), from, to);
            }
          }
        }
      }
    }
    out.sort(Comparator.comparing(Occurrence::dueOn).thenComparing(Occurrence::occurrence));
    return out.stream().distinct().toList();
  }

  private static int firstSlot(LocalDate since, int months, LocalDate from) {
    long elapsed = java.time.temporal.ChronoUnit.MONTHS.between(since, from);
    return (int) Math.max(1, elapsed / months);
  }

  private static void add(
      List<Occurrence> out, LocalDate occurrence, int lead, LocalDate from, LocalDate to) {
    LocalDate due = occurrence.minusDays(lead);
    if (!due.isBefore(from) && !due.isAfter(to)) {
      out.add(new Occurrence(occurrence, due));
    }
  }
}
