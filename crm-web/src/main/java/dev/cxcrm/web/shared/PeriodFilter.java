package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The from and to dates a report page filters by, bound by its form as {@code #{page.from}} and
 * {@code #{page.to}}. The report pages extend it so each does not repeat the same four accessors;
 * the fields stay visible to them because each page sets its own default and normalised period.
 */
public abstract class PeriodFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  protected LocalDate from;
  protected LocalDate to;

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /**
   * Shows {@code period} in the form: the report's default, or the one its rule made of the days.
   */
  protected void use(ReportPeriod period) {
    from = period.from();
    to = period.to();
  }
}
