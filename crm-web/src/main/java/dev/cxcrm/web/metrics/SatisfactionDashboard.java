package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Change;
import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.FeedbackFigures;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PeriodFilter;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The satisfaction dashboard (monthly cadence): NPS, CSAT, CES and the review average of a period,
 * each as a card with its value, n, 95 % interval, the change against the previous period (and
 * whether it is beyond the noise by the stated test), a trend with the interval as a band, and its
 * figures as CSV; below, the period broken down by a cut, whose rows keep that cut's value for the
 * whole page (drill-down). Everything comes from one rollup query per view.
 */
@Named("satisfaction")
@ViewScoped
public class SatisfactionDashboard extends PeriodFilter {
  private static final long serialVersionUID = 1L;

  @Inject MetricService metrics;
  @Inject TimeSource time;
  @Inject MetricText text;

  private PeriodGrouping grouping = PeriodGrouping.MONTH;
  private MetricCut cut;
  private String cutValue;
  private MetricCut drill = MetricCut.CHANNEL;
  private FeedbackMetric drillMetric = FeedbackMetric.NPS;
  private FeedbackFigures figures;
  private FeedbackFigures breakdown;
  private Map<String, MetricService.Name> names = Map.of();

  /**
   * On opening: what the address asks, as the API reads it ({@code from}, {@code to}, {@code
   * groupBy} by a period, one cut's value such as {@code segment=VIP}), else this month and the two
   * before by month. An address that cannot be read shows the defaults and says why.
   */
  public void load() {
    if (figures != null) {
      return;
    }
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<MetricCut, String> cuts = new EnumMap<>(MetricCut.class);
    for (MetricCut c : MetricCut.values()) {
      cuts.put(c, p.get(c.parameter()));
    }
    QueryInput in = new QueryInput();
    MetricQuery q =
        MetricRequest.read(in, p.get("from"), p.get("to"), p.get("groupBy"), cuts, time.today());
    try {
      in.done();
      use(q.period());
      cut = q.cut();
      cutValue = q.value();
      grouping = q.byPeriod() == null ? PeriodGrouping.MONTH : q.byPeriod();
      drill = q.byCut() == null ? drill : q.byCut();
    } catch (InvalidInput e) {
      use(MetricRequest.PERIOD.standard(time.today()));
      text.show(e, "filters");
    }
    show();
  }

  /** Shows the period in the form; a wrong period is named next to its field. */
  public void show() {
    try {
      ReportPeriod p = MetricRequest.PERIOD.blaming("to").period(from, to, time.today());
      use(p);
      figures = metrics.feedback(new MetricQuery(p, cut, cutValue, grouping, null));
      breakdown =
          cut == null ? metrics.feedback(new MetricQuery(p, null, null, null, drill)) : null;
      names =
          breakdown == null
              ? Map.of()
              : metrics.names(
                  drill, breakdown.groups().stream().map(FeedbackFigures.Group::value).toList());
    } catch (InvalidInput e) {
      text.show(e, "filters");
    }
  }

  /** Keeps one value of the drill-down's cut for the whole page. */
  public void keep(String value) {
    cut = drill;
    cutValue = value;
    show();
  }

  public void clearCut() {
    cut = null;
    cutValue = null;
    show();
  }

  // --- the cards ------------------------------------------------------------------------------

  /** One metric's card. */
  public record Card(
      FeedbackMetric metric,
      Figure figure,
      Figure previous,
      Change change,
      TrendChart chart,
      List<String> labels,
      List<Figure> groups) {}

  public List<Card> getCards() {
    if (figures == null) {
      return List.of();
    }
    List<String> labels = figures.groups().stream().map(g -> label(g.period())).toList();
    List<Card> cards = new ArrayList<>();
    for (FeedbackMetric m : FeedbackMetric.values()) {
      List<Figure> groups = figures.groups().stream().map(g -> m.of(g.counts())).toList();
      double[] range = range(m, figures.counts());
      cards.add(
          new Card(
              m,
              m.of(figures.counts()),
              m.of(figures.previous()),
              m.change(figures.previous(), figures.counts()),
              TrendChart.of(groups, labels, range[0], range[1]),
              labels,
              groups));
    }
    return cards;
  }

  /** The scale a metric is drawn on: NPS −100..100, shares 0..100, CES 1..5 (or 7), stars 1..5. */
  private static double[] range(FeedbackMetric m, FeedbackCounts c) {
    return switch (m) {
      case NPS -> new double[] {-100, 100};
      case CSAT -> new double[] {0, 100};
      case CES -> new double[] {1, c.ces7().n() > 0 ? 7 : 5};
      case REVIEWS -> new double[] {1, 5};
    };
  }

  /** A group's name on the chart and in the CSV: 2026-03, 2026 Q1, 2026 H1, 2026, or its week. */
  String label(ReportPeriod g) {
    int month = g.from().getMonthValue();
    return switch (grouping) {
      case WEEK -> g.from().toString();
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", g.from().getYear(), month);
      case QUARTER -> g.from().getYear() + " Q" + ((month - 1) / 3 + 1);
      case HALF_YEAR -> g.from().getYear() + " H" + ((month - 1) / 6 + 1);
      case YEAR -> String.valueOf(g.from().getYear());
    };
  }

  /** A metric's value as shown: NPS and shares with one decimal, means with two. */
  public String value(FeedbackMetric m, Double v) {
    if (v == null) {
      return text.text("dashboard.noValue");
    }
    String pattern = m == FeedbackMetric.CES || m == FeedbackMetric.REVIEWS ? "%.2f" : "%.1f";
    String s = String.format(Locale.ROOT, pattern, v);
    return m == FeedbackMetric.CSAT ? s + "%" : s;
  }

  /** The change in words: its size, and beyond or within the noise (or untested). */
  public String change(Card c) {
    if (c.change() == null) {
      return text.text("dashboard.change.none");
    }
    String size = String.format(Locale.ROOT, "%+.1f", c.change().difference());
    String verdict =
        !c.change().tested()
            ? "dashboard.change.untested"
            : c.change().significant() ? "dashboard.change.beyond" : "dashboard.change.within";
    return text.format(verdict, size);
  }

  /** What the card's figure means, in a line. */
  public String meaning(Card c) {
    return text.text("dashboard.meaning." + c.metric().name());
  }

  /** The CSS class of a change: better, worse (beyond the noise) or steady. */
  public String changeClass(Card c) {
    if (c.change() == null || !c.change().tested() || !c.change().significant()) {
      return "met-steady";
    }
    return c.change().difference() > 0 ? "met-better" : "met-worse";
  }

  public StreamedContent csv(Card c) {
    List<MetricCsv.Row> rows = new ArrayList<>();
    for (int i = 0; i < c.groups().size(); i++) {
      ReportPeriod g = figures.groups().get(i).period();
      rows.add(
          new MetricCsv.Row(
              c.labels().get(i), g.from().toString(), g.to().toString(), c.groups().get(i)));
    }
    rows.add(
        new MetricCsv.Row(
            text.text("dashboard.csv.total"), from.toString(), to.toString(), c.figure()));
    byte[] bytes = MetricCsv.of(c.metric(), rows).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(MetricRequest.word(c.metric()) + "-" + from + "-" + to + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  // --- the drill-down ---------------------------------------------------------------------------

  /** One value of the drill-down's cut, with the chosen metric's figure. */
  public record DrillRow(String value, String name, Figure figure) {}

  public List<DrillRow> getDrillRows() {
    if (breakdown == null) {
      return List.of();
    }
    return breakdown.groups().stream()
        .map(g -> new DrillRow(g.value(), name(drill, g.value()), drillMetric.of(g.counts())))
        .filter(r -> r.figure().n() > 0)
        .toList();
  }

  /** A cut's value as people name it, in the user's language. */
  public String name(MetricCut c, String value) {
    if (value == null) {
      return "";
    }
    boolean en = "en".equals(text.locale().getLanguage());
    return switch (c) {
      case RELATIONSHIP_TYPE -> text.of(RelationshipType.valueOf(value));
      case STAGE -> text.of(JourneyStage.valueOf(value));
      case CHANNEL -> text.of(Channel.valueOf(value));
      case TOUCHPOINT, AGENT -> {
        MetricService.Name n = names.get(value);
        yield n == null ? value : en ? n.en() : n.ja();
      }
      case SEGMENT -> value;
    };
  }

  /** The cut kept, in words, or null when none is. */
  public String getKept() {
    return cut == null ? null : text.of(cut) + ": " + name(cut, cutValue);
  }

  public List<MetricCut> getCuts() {
    return List.of(MetricCut.values());
  }

  public List<PeriodGrouping> getGroupings() {
    return List.of(PeriodGrouping.values());
  }

  public List<FeedbackMetric> getMetrics() {
    return List.of(FeedbackMetric.values());
  }

  /** The interval in words on a card, or null where the metric has none. */
  public String interval(FeedbackMetric m, Figure f) {
    return f.interval() == null ? null : text.format("dashboard.interval", ends(m, f));
  }

  /** The interval's ends as shown in a table cell, or null where the metric has none. */
  public String ends(FeedbackMetric m, Figure f) {
    if (f.interval() == null) {
      return null;
    }
    return text.format(
        "dashboard.ends", value(m, f.interval().low()), value(m, f.interval().high()));
  }

  public PeriodGrouping getGrouping() {
    return grouping;
  }

  public void setGrouping(PeriodGrouping grouping) {
    this.grouping = grouping == null ? PeriodGrouping.MONTH : grouping;
  }

  public MetricCut getDrill() {
    return drill;
  }

  public void setDrill(MetricCut drill) {
    this.drill = drill == null ? MetricCut.CHANNEL : drill;
  }

  public FeedbackMetric getDrillMetric() {
    return drillMetric;
  }

  public void setDrillMetric(FeedbackMetric drillMetric) {
    this.drillMetric = drillMetric == null ? FeedbackMetric.NPS : drillMetric;
  }

  public ReportPeriod getPreviousPeriod() {
    return figures == null ? null : figures.previousPeriod();
  }
}
