package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.Rate;
import dev.cxcrm.ejb.interaction.CaseRateReport;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Resolution and first-contact-resolution rates with their samples. */
@Schema(
    name = "CaseRates",
    description =
        "resolution: of the cases opened in the period (or row), the share resolved by its end;"
            + " firstContactResolution: of the cases resolved in it, the share resolved at first"
            + " contact. percent is null when the denominator is 0.")
public record CaseRatesView(
    @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate to,
    @Schema(enumeration = {"month", "channel", "agent"}) String by,
    Rates total,
    List<Row> rows) {

  @Schema(name = "CaseRate")
  public record RateView(long numerator, long denominator, Double percent) {
    static RateView of(Rate r) {
      return new RateView(r.numerator(), r.denominator(), r.percent());
    }
  }

  @Schema(name = "CaseRatePair")
  public record Rates(RateView resolution, RateView firstContactResolution) {}

  @Schema(name = "CaseRateRow")
  public record Row(
      @Schema(
              description =
                  "The month (2026-03), channel (EMAIL) or agent's user name; null for cases"
                      + " without an inbound interaction or without an owner.")
          String key,
      RateView resolution,
      RateView firstContactResolution) {}

  /** The report with the rows of one cut: month, channel or agent. */
  static CaseRatesView of(CaseRateReport r, String by) {
    List<? extends CaseRates.Row<?>> rows =
        switch (by) {
          case "channel" -> r.channels();
          case "agent" -> r.agents();
          default -> r.months();
        };
    return new CaseRatesView(
        r.from(),
        r.to(),
        by,
        new Rates(
            RateView.of(r.total().resolution()), RateView.of(r.total().firstContactResolution())),
        rows.stream().map(CaseRatesView::row).toList());
  }

  private static Row row(CaseRates.Row<?> row) {
    Object k = row.key();
    return new Row(
        k == null ? null : k instanceof Enum<?> e ? e.name() : k.toString(),
        RateView.of(row.resolution()),
        RateView.of(row.firstContactResolution()));
  }
}
