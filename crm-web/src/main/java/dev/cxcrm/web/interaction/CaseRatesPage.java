package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.Rate;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.OwnerChoice;
import dev.cxcrm.ejb.interaction.CaseRateReport;
import dev.cxcrm.ejb.interaction.CaseReports;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PeriodFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolution and FCR rates for managers: per month (with a bar chart of the trend), per channel and
 * per agent, each with its numerator and denominator. Defaults to the last six months.
 */
@Named("caseRates")
@ViewScoped
public class CaseRatesPage extends PeriodFilter {
  private static final long serialVersionUID = 1L;
  static final int CHART_WIDTH = 720;
  static final int PLOT_HEIGHT = 160;
  static final int PLOT_TOP = 10;

  @Inject CaseReports reports;
  @Inject CustomerService customers;
  @Inject TimeSource time;
  @Inject CaseLabels labels;

  private transient CaseRateReport report;
  private Map<String, String> ownerNames;

  /** One row of a table: its label and both rates. */
  public record Line(String label, Rate resolution, Rate firstContactResolution) {}

  /** One month in the chart: bar heights in pixels (null: no rate) and where they stand. */
  public record Bar(
      String label,
      int x,
      int width,
      Integer resolutionHeight,
      Integer fcrHeight,
      String resolutionText,
      String fcrText) {
    public int resolutionY() {
      return PLOT_TOP + PLOT_HEIGHT - (resolutionHeight == null ? 0 : resolutionHeight);
    }

    public int fcrY() {
      return PLOT_TOP + PLOT_HEIGHT - (fcrHeight == null ? 0 : fcrHeight);
    }
  }

  @PostConstruct
  void init() {
    use(CaseRates.PERIOD.standard(time.today()));
    ownerNames =
        customers.owners().stream()
            .collect(Collectors.toMap(OwnerChoice::username, OwnerChoice::displayName));
    show();
  }

  public void show() {
    try {
      use(CaseRates.PERIOD.period(from, to, time.today()));
      report = reports.rates(from, to);
    } catch (DomainException e) {
      report = null;
      CaseMessages.show("period", e, labels);
    }
  }

  public Line getTotal() {
    return report == null
        ? null
        : new Line("", report.total().resolution(), report.total().firstContactResolution());
  }

  public List<Line> getMonths() {
    return lines(report == null ? null : report.months(), k -> ((YearMonth) k).toString());
  }

  public List<Line> getChannels() {
    return lines(
        report == null ? null : report.channels(),
        k -> k == null ? labels.text("case.rates.noChannel") : labels.of((Enum<?>) k));
  }

  public List<Line> getAgents() {
    return lines(
        report == null ? null : report.agents(),
        k ->
            k == null
                ? labels.text("case.owner.none")
                : ownerNames.getOrDefault((String) k, (String) k));
  }

  private static List<Line> lines(
      List<? extends CaseRates.Row<?>> rows, java.util.function.Function<Object, String> label) {
    if (rows == null) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (CaseRates.Row<?> r : rows) {
      lines.add(new Line(label.apply(r.key()), r.resolution(), r.firstContactResolution()));
    }
    return lines;
  }

  /** The monthly trend as two bars per month, 0–100 % over the plot's height. */
  public List<Bar> getBars() {
    List<Line> ms = getMonths();
    List<Bar> bars = new ArrayList<>();
    if (ms.isEmpty()) {
      return bars;
    }
    int slot = CHART_WIDTH / ms.size();
    int bar = Math.max(6, Math.min(40, (slot - 16) / 2));
    for (int i = 0; i < ms.size(); i++) {
      Line m = ms.get(i);
      int x = i * slot + (slot - 2 * bar - 4) / 2;
      bars.add(
          new Bar(
              m.label(),
              x,
              bar,
              height(m.resolution()),
              height(m.firstContactResolution()),
              labels.percent(m.resolution()),
              labels.percent(m.firstContactResolution())));
    }
    return bars;
  }

  private static Integer height(Rate r) {
    Double p = r.percent();
    return p == null ? null : (int) Math.round(p * PLOT_HEIGHT / 100.0);
  }

  public int getChartWidth() {
    return CHART_WIDTH;
  }

  public int getPlotBottom() {
    return PLOT_TOP + PLOT_HEIGHT;
  }

  public int getPlotMiddle() {
    return PLOT_TOP + PLOT_HEIGHT / 2;
  }

  public int getPlotTop() {
    return PLOT_TOP;
  }
}
