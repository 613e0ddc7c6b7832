package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import java.time.LocalDate;
import java.util.List;

/**
 * Resolution and FCR rates of the days {@code from} to {@code to} (inclusive, business time zone):
 * the whole period and one row per cut ({@code by}: month as {@code YearMonth}, channel as {@code
 * Channel} or null for cases without an inbound contact, agent as the owner's user name or null for
 * unassigned cases).
 */
public record CaseRateReport(
    LocalDate from,
    LocalDate to,
    String by,
    CaseRates.Row<Void> total,
    List<CaseRates.Row<?>> rows) {
  public CaseRateReport {
    rows = List.copyOf(rows);
  }
}
