package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The case figures for managers, apart from the use cases that change cases ({@link CaseService}):
 * resolution and first-contact-resolution rates over a period.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class CaseReports {
  @Inject CaseRepository cases;
  @Inject TimeSource time;

  /**
   * Resolution and FCR rates of the days {@code from} to {@code to} in the business's time zone, in
   * total and per month, channel and agent, all added up from one count of the cases per month,
   * channel and owner. Missing days and the longest period follow {@link CaseRates#PERIOD}.
   */
  public CaseRateReport rates(LocalDate from, LocalDate to) {
    ReportPeriod period = CaseRates.PERIOD.period(from, to, time.today());
    from = period.from();
    to = period.to();
    List<CaseRates.Month> months = CaseRates.months(from, to, time.zone());
    List<CaseTally> tallies = cases.tallies(months);
    return new CaseRateReport(
        from,
        to,
        CaseRates.total(tallies),
        CaseRates.monthly(months, tallies),
        CaseRates.by(tallies, CaseTally::channel, Comparator.<Channel>naturalOrder()),
        CaseRates.by(tallies, CaseTally::owner, Comparator.<String>naturalOrder()));
  }
}
