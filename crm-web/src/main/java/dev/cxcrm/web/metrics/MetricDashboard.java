package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.metrics.Change;
import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.ContactMetric;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.Benchmarks;
import dev.cxcrm.ejb.metrics.MetricFigures;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.KeepsAddress;
import dev.cxcrm.web.shared.PeriodFilter;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A dashboard of metrics computed from counts {@code C}: each metric of a period as a card with its
 * value, n, 95 % interval, the change against the previous period (and whether it is beyond the
 * noise by the stated test), a trend with the interval as a band, and its figures as CSV; below,
 * the period broken down by a cut, whose rows keep that cut's value for the whole page
 * (drill-down). Metrics that share a rollup share its reads: one read per rollup and view.
 */
public abstract class MetricDashboard extends PeriodFilter implements KeepsAddress {
  private static final long serialVersionUID = 1L;

  @Inject MetricService service;
  @Inject Benchmarks benchmarks;
  @Inject TimeSource time;
  @Inject MetricText text;

  private PeriodGrouping grouping = defaultGrouping();
  private MetricCut cut;
  private String cutValue;
  private MetricCut drill = defaultDrill();
  private String drillMetric = metrics().get(0).word();
  private MetricQuery query;
  private MetricQuery breakdown;
  private final Map<List<Object>, MetricFigures<?>> read = new HashMap<>();
  private transient List<Benchmark> marks;
  private Map<String, MetricService.Name> names = Map.of();
  private List<Object> namesFor = List.of();

  /**
   * On opening: what the address asks, as the API reads it ({@code from}, {@code to}, {@code
   * groupBy} by a period, one cut's value such as {@code segment=VIP}), else this month and the two
   * before by month. An address that cannot be read shows the defaults and says why.
   */
  public void load() {
    if (query != null) {
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
        MetricRequest.read(
            in,
            periodRule(),
            p.get("from"),
            p.get("to"),
            p.get("groupBy"),
            cuts,
            Set.copyOf(getCuts()),
            time.today());
    try {
      in.done();
      use(q.period());
      cut = q.cut();
      cutValue = q.value();
      grouping = q.byPeriod() == null ? defaultGrouping() : q.byPeriod();
      drill = q.byCut() == null ? drill : q.byCut();
    } catch (InvalidInput e) {
      use(periodRule().standard(time.today()));
      text.show(e, "filters");
    }
    show();
  }

  /** Shows the period in the form; a wrong period is named next to its field. */
  public void show() {
    try {
      ReportPeriod p = periodRule().blaming("to").period(from, to, time.today());
      use(p);
      read.clear();
      marks = null;
      query = new MetricQuery(p, cut, cutValue, grouping, null);
      breakdown = cut == null ? new MetricQuery(p, null, null, null, drill) : null;

    } catch (InvalidInput e) {
      text.show(e, "filters");
    }
  }

  /** The period, its grouping and the kept cut, as the API and the page's address spell them. */
  @Override
  public Map<String, List<String>> address() {
    Map<String, List<String>> p = new java.util.LinkedHashMap<>();
    if (from != null && to != null) {
      p.put("from", List.of(from.toString()));
      p.put("to", List.of(to.toString()));
    }
    MetricRequest.PERIODS.forEach(
        (word, g) -> {
          if (g == grouping) {
            p.put("groupBy", List.of(word));
          }
        });
    if (cut != null) {
      p.put(cut.parameter(), List.of(cutValue));
    }
    return p;
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

  /** The dashboard's metrics, in the order of its cards; the first is the breakdown's default. */
  protected abstract List<Metric<?>> metrics();

  /** A metric's figures for a query; metrics of one rollup share one read per query and view. */
  @SuppressWarnings("unchecked")
  private <C> Shown shown(Metric<C> m, MetricQuery q) {
    MetricFigures<C> f =
        (MetricFigures<C>)
            read.computeIfAbsent(List.of(MetricService.reads(m), q), k -> service.figures(m, q));
    return Shown.of(m, f);
  }

  /**
   * The range a metric's trend is drawn on: its scale (CES on 1–5 unless answers on 1–7 came in),
   * or for a count from 0 to the largest group's.
   */
  static double[] range(Metric<?> m, Shown figures) {
    if (m.bounds() == null) {
      double most =
          figures.groups().stream()
              .map(Figure::value)
              .filter(java.util.Objects::nonNull)
              .max(Double::compare)
              .orElse(0.0);
      return new double[] {0, Math.max(1, most)};
    }
    if (m == FeedbackMetric.CES && !figures.now().parts().containsKey("n7")) {
      return new double[] {1, 5};
    }
    return m.bounds();
  }

  /**
   * A metric's value as shown: NPS and response times (minutes) with one decimal, shares in percent
   * with one, means (CES, stars) with two, counts whole.
   */
  static String format(Metric<?> m, double v) {
    if (m == ContactMetric.RESPONSE_TIME) {
      return String.format(Locale.ROOT, "%,.1f", v);
    }
    if (m.bounds() == null) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (m == FeedbackMetric.CES || m == FeedbackMetric.REVIEWS) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    String s = String.format(Locale.ROOT, "%.1f", v);
    return m == FeedbackMetric.NPS ? s : s + "%";
  }

  /**
   * A metric's figures for one query: the period's, the previous period's and the change, and per
   * group its period (a trend) or its value (a breakdown) and its figure.
   */
  public record Shown(
      Figure now,
      Figure previous,
      ReportPeriod previousPeriod,
      Change change,
      List<ReportPeriod> periods,
      List<String> values,
      List<Figure> groups) {
    public static <C> Shown of(Metric<C> m, MetricFigures<C> f) {
      return new Shown(
          m.of(f.counts()),
          m.of(f.previous()),
          f.previousPeriod(),
          m.change(f.previous(), f.counts()),
          f.groups().stream().map(MetricFigures.Group::period).toList(),
          f.groups().stream().map(MetricFigures.Group::value).toList(),
          f.groups().stream().map(g -> m.of(g.counts())).toList());
    }
  }

  /** The cut the breakdown starts with. */
  protected abstract MetricCut defaultDrill();

  /** The period shown when the address gives none: this month and the two before. */
  protected ReportPeriod.Rule periodRule() {
    return MetricRequest.PERIOD;
  }

  /** How the trend is grouped when the address says nothing: by month. */
  protected PeriodGrouping defaultGrouping() {
    return PeriodGrouping.MONTH;
  }

  /** One metric's card. */
  public record Card(
      Metric<?> metric,
      Figure figure,
      Figure previous,
      Change change,
      TrendChart chart,
      List<String> labels,
      List<Figure> groups,
      List<String> benchmarks) {}

  public List<Card> getCards() {
    if (query == null) {
      return List.of();
    }
    List<Card> cards = new ArrayList<>();
    for (Metric<?> m : metrics()) {
      Shown s = shown(m, query);
      List<String> labels = s.periods().stream().map(this::label).toList();
      double[] range = range(m, s);
      List<Benchmark> theirs = benchmarks(m);
      cards.add(
          new Card(
              m,
              s.now(),
              s.previous(),
              s.change(),
              TrendChart.of(
                  s.groups(),
                  labels,
                  range[0],
                  range[1],
                  theirs.stream().map(b -> b.value().doubleValue()).toList()),
              labels,
              s.groups(),
              theirs.stream().map(b -> compared(m, b, s.now())).toList()));
    }
    return cards;
  }

  /** The benchmarks of a metric, as the business entered them. */
  private List<Benchmark> benchmarks(Metric<?> m) {
    if (marks == null) {
      marks = benchmarks.all();
    }
    return marks.stream().filter(b -> b.metric() == m).toList();
  }

  /** A benchmark in words: its name, kind and value, and how far the period's figure is from it. */
  private String compared(Metric<?> m, Benchmark b, Figure now) {
    String difference =
        now.value() == null
            ? text.text("dashboard.noValue")
            : String.format(Locale.ROOT, "%+.1f", now.value() - b.value().doubleValue());
    return text.format(
        "dashboard.benchmark",
        b.name(),
        text.of(b.kind()),
        format(m, b.value().doubleValue()),
        difference);
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

  /** A metric's value as shown, or the mark of no value. */
  public String value(Metric<?> m, Double v) {
    return v == null ? text.text("dashboard.noValue") : format(m, v);
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
    if (c.metric() == ClvMetric.CLV) {
      Map<String, Number> parts = c.figure().parts();
      return text.format(
          "dashboard.meaning.CLV",
          service.currency(),
          number(parts.get("averageOrderValue"), "%,.0f"),
          number(parts.get("purchasesPerYear"), "%.2f"),
          number(parts.get("lifespanYears"), "%.1f"),
          number(parts.get("projected"), "%,.0f"));
    }
    if (c.metric() == ContactMetric.RESPONSE_TIME) {
      return text.format(
          "dashboard.meaning.RESPONSE_TIME", number(c.figure().parts().get("p90Minutes"), "%,.1f"));
    }
    return text.text("dashboard.meaning." + c.metric());
  }

  /** A part of a figure as shown, or a dash where it is undefined. */
  private String number(Number n, String pattern) {
    return n == null
        ? text.text("dashboard.noValue")
        : String.format(Locale.ROOT, pattern, n.doubleValue());
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
    List<ReportPeriod> periods = shown(c.metric(), query).periods();
    for (int i = 0; i < c.groups().size(); i++) {
      ReportPeriod g = periods.get(i);
      rows.add(
          new MetricCsv.Row(
              c.labels().get(i), g.from().toString(), g.to().toString(), c.groups().get(i)));
    }
    rows.add(
        new MetricCsv.Row(
            text.text("dashboard.csv.total"), from.toString(), to.toString(), c.figure()));
    byte[] bytes = MetricCsv.of(c.metric(), rows).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(c.metric().word() + "-" + from + "-" + to + ".csv")
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
    Shown s = shown(getChosenMetric(), breakdown);
    List<Object> namesFor = List.of(drill, s.values());
    if (!namesFor.equals(this.namesFor)) {
      names = service.names(drill, s.values());
      this.namesFor = namesFor;
    }
    List<DrillRow> rows = new ArrayList<>();
    for (int i = 0; i < s.values().size(); i++) {
      Figure f = s.groups().get(i);
      if (f.n() > 0) {
        rows.add(new DrillRow(s.values().get(i), name(drill, s.values().get(i)), f));
      }
    }
    return rows;
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
        if (n == null && value.isEmpty()) {
          yield text.text("dashboard.nobody"); // the contacts nobody is responsible for
        }
        yield n == null ? value : en ? n.en() : n.ja();
      }
      case SEGMENT -> value;
    };
  }

  /** The cut kept, in words, or null when none is. */
  public String getKept() {
    return cut == null ? null : text.of(cut) + ": " + name(cut, cutValue);
  }

  /** The cuts every metric of the dashboard can be taken by, in their order. */
  public List<MetricCut> getCuts() {
    return Stream.of(MetricCut.values())
        .filter(c -> metrics().stream().allMatch(m -> m.cuts().contains(c)))
        .toList();
  }

  public List<PeriodGrouping> getGroupings() {
    return List.of(PeriodGrouping.values());
  }

  public List<Metric<?>> getMetrics() {
    return metrics();
  }

  /** The interval in words on a card, or null where the metric has none. */
  public String interval(Metric<?> m, Figure f) {
    return f.interval() == null ? null : text.format("dashboard.interval", ends(m, f));
  }

  /** The interval's ends as shown in a table cell, or null where the metric has none. */
  public String ends(Metric<?> m, Figure f) {
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
    this.grouping = grouping == null ? defaultGrouping() : grouping;
  }

  public MetricCut getDrill() {
    return drill;
  }

  public void setDrill(MetricCut drill) {
    this.drill = drill == null ? defaultDrill() : drill;
  }

  /** The breakdown's metric, by its word (nps, retention, ...). */
  public String getDrillMetric() {
    return drillMetric;
  }

  public void setDrillMetric(String drillMetric) {
    this.drillMetric = drillMetric;
  }

  /** The breakdown's metric: the one chosen, else the first. */
  public Metric<?> getChosenMetric() {
    return metrics().stream()
        .filter(m -> m.word().equals(drillMetric))
        .findFirst()
        .orElse(metrics().get(0));
  }

  public ReportPeriod getPreviousPeriod() {
    return query == null ? null : shown(metrics().get(0), query).previousPeriod();
  }
}
