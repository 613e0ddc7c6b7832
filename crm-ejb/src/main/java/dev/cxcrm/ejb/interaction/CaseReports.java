package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseTally;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
  /** The longest period the figures are computed for at once. */
  public static final int RATE_DAYS_MAX = 3 * 366;

  @Inject CaseRepository cases;
  @Inject TimeSource time;

  /**
   * Resolution and FCR rates of the days {@code from} to {@code to} in the business's time zone, in
   * total and per month, channel and agent, all added up from one count of the cases per month,
   * channel and owner.
   */
  public CaseRateReport rates(LocalDate from, LocalDate to) {
    List<FieldError> errors = periodErrors(from, to);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
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

  /** What is wrong with a period of figures: missing ends, the wrong way round, too long. */
  public static List<FieldError> periodErrors(LocalDate from, LocalDate to) {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(FieldError.of("from", "case.validation.required", "This field is required."));
    }
    if (to == null) {
      errors.add(FieldError.of("to", "case.validation.required", "This field is required."));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.add(FieldError.of("to", "case.validation.toBeforeFrom", "Must not be before from."));
      } else if (ChronoUnit.DAYS.between(from, to) >= RATE_DAYS_MAX) {
        errors.add(
            FieldError.of(
                "to", "case.validation.periodTooLong", "At most {0} days.", RATE_DAYS_MAX));
      }
    }
    return errors;
  }
}
