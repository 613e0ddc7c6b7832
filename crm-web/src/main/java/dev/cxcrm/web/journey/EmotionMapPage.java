package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.EmotionCell;
import dev.cxcrm.domain.journey.EmotionCounts;
import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.journey.EmotionMapQuery;
import dev.cxcrm.ejb.journey.EmotionMapResult;
import dev.cxcrm.ejb.journey.EmotionMapService;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.security.LocaleBean;
import dev.cxcrm.web.shared.Labels;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The emotional journey map page: stages as columns in journey order, their touchpoints as cells
 * coloured by average emotion, the stage totals, and the filters, which live in the URL so that a
 * map can be bookmarked and sent.
 */
@Named("emotionMap")
@ViewScoped
public class EmotionMapPage extends SegmentPeriodFilter {
  private static final long serialVersionUID = 1L;
  static final String FORM = "filters";

  @Inject EmotionMapService maps;
  @Inject TimeSource time;
  @Inject Labels labels;
  @Inject EmotionMapText text;
  @Inject LocaleBean locale;

  private Channel channel;

  private transient List<StageColumn> columns;
  private transient List<TotalRow> totals;

  /** One cell as the page writes it; {@code style} colours it by the average. */
  public record CellView(
      Long touchpointId,
      String name,
      String channel,
      String average,
      long sampleSize,
      long volume,
      String style,
      boolean noData,
      long painPoints,
      String description,
      List<Share> distribution)
      implements Serializable {}

  /** One bar segment of the distribution: the emotion value, its count and its share in %. */
  public record Share(int emotion, long count, String width) implements Serializable {}

  public record StageColumn(
      JourneyStage stage, String label, String focus, CellView total, List<CellView> cells)
      implements Serializable {}

  /** A line of the totals table. */
  public record TotalRow(String label, CellView cell, List<Long> counts) implements Serializable {}

  /** Reads the map of the filters in the URL; bad filters get a message and the default period. */
  public void load() {
    // A view action runs before the template sets the user's language on the view.
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getLocale());
    EmotionMapResult r;
    try {
      r = maps.map(query());
    } catch (InvalidInput e) {
      text.showNextToFields(FORM, e.errors());
      from = null;
      to = null;
      r = maps.map(query());
    }
    from = r.query().from();
    to = r.query().to();
    build(r);
  }

  /** Applies the filters by loading the page again with them in the URL. */
  public String apply() {
    return "/journey/map?faces-redirect=true&includeViewParams=true";
  }

  private EmotionMapQuery query() {
    ReportPeriod period = EmotionMap.PERIOD.period(from, to, time.today());
    return new EmotionMapQuery(period.from(), period.to(), segment, relationshipType, channel);
  }

  private void build(EmotionMapResult r) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    columns = new ArrayList<>();
    totals = new ArrayList<>();
    for (JourneyStage s : JourneyStage.values()) {
      List<CellView> cells = new ArrayList<>();
      for (EmotionCell c : r.map().cells(s)) {
        EmotionMapTouchpoint t =
            c.touchpointId() == null ? null : r.touchpoints().get(c.touchpointId());
        String name =
            t == null
                ? text.text(c.touchpointId() == null ? "map.noTouchpoint" : "map.unknownTouchpoint")
                : t.name(locale);
        cells.add(
            view(
                c,
                name,
                t == null ? "" : labels.of(t.channel()),
                r.openPainPoints(c.touchpointId())));
      }
      CellView total = view(r.map().stageTotal(s), text.text("map.stageTotal"), labels.of(s), 0);
      columns.add(new StageColumn(s, labels.of(s), labels.focus(s), total, cells));
      totals.add(new TotalRow(labels.of(s), total, counts(r.map().stageTotal(s).emotions())));
    }
    if (r.map().unassigned().volume() > 0) {
      totals.add(
          new TotalRow(
              text.text("map.unassigned"),
              view(r.map().unassigned(), text.text("map.unassigned"), "", 0),
              counts(r.map().unassigned().emotions())));
    }
    totals.add(
        new TotalRow(
            text.text("map.total"),
            view(r.map().total(), text.text("map.total"), "", 0),
            counts(r.map().total().emotions())));
  }

  private CellView view(EmotionCell c, String name, String channelLabel, long painPoints) {
    String average = EmotionMapText.average(c.average());
    boolean noData = c.average().isEmpty();
    String description =
        noData
            ? text.format("map.cell.noData", name, c.volume())
            : text.format("map.cell.text", name, average, c.sampleSize(), c.volume());
    if (painPoints > 0) {
      description += " " + text.format("map.cell.painPoints", painPoints);
    }
    List<Share> shares = new ArrayList<>();
    for (int e = EmotionCounts.MIN; e <= EmotionCounts.MAX; e++) {
      shares.add(
          new Share(
              e,
              c.emotions().count(e),
              String.format(Locale.ROOT, "%.1f%%", c.emotions().share(e) * 100)));
    }
    return new CellView(
        c.touchpointId(),
        name,
        channelLabel,
        average,
        c.sampleSize(),
        c.volume(),
        noData ? "" : colour(c.average().get().approximate()),
        noData,
        painPoints,
        description,
        shares);
  }

  /**
   * Red at -2, a neutral light grey at 0, green at +2: the hue says the direction, the saturation
   * and depth say how strong. Light enough everywhere for dark text.
   */
  static String colour(double average) {
    double strength = Math.min(1, Math.abs(average) / 2);
    int hue = average < 0 ? 4 : 135;
    int saturation = (int) Math.round(10 + 60 * strength);
    int lightness = (int) Math.round(94 - 24 * strength);
    return String.format(
        Locale.ROOT, "background-color: hsl(%d, %d%%, %d%%);", hue, saturation, lightness);
  }

  private static List<Long> counts(EmotionCounts e) {
    List<Long> l = new ArrayList<>();
    for (int v = EmotionCounts.MIN; v <= EmotionCounts.MAX; v++) {
      l.add(e.count(v));
    }
    return l;
  }

  public List<StageColumn> getColumns() {
    if (columns == null) {
      load();
    }
    return columns;
  }

  public List<TotalRow> getTotals() {
    if (totals == null) {
      load();
    }
    return totals;
  }

  /** The legend: the colour of each whole emotion value. */
  public List<String> legendStyles() {
    List<String> l = new ArrayList<>();
    for (int v = EmotionCounts.MIN; v <= EmotionCounts.MAX; v++) {
      l.add(colour(v));
    }
    return l;
  }

  public RelationshipType[] getRelationshipTypes() {
    return RelationshipType.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }
}
