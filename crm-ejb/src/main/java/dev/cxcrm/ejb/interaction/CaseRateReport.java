package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.shared.Channel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Resolution and FCR rates of the days {@code from} to {@code to} (inclusive, business time zone):
 * the whole period, and per month, per channel (null: cases without an inbound interaction) and per
 * agent (the owner's user name; null: unassigned), all from one count per month, channel and owner.
 */
public record CaseRateReport(
    LocalDate from,
    LocalDate to,
    CaseRates.Row<Void> total,
    List<CaseRates.Row<YearMonth>> months,
    List<CaseRates.Row<Channel>> channels,
    List<CaseRates.Row<String>> agents) {
  public CaseRateReport {
    months = List.copyOf(months);
    channels = List.copyOf(channels);
    agents = List.copyOf(agents);
  }
}
