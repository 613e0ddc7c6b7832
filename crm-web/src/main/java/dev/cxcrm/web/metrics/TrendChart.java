package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small trend chart drawn as SVG paths in a {@value #WIDTH} × {@value #HEIGHT} box: the line
 * through the groups' values, the 95 % interval as a band around it (where the metric has one), and
 * a dot per value, and a dashed line per benchmark. A group without a value breaks the line and the
 * band instead of dropping to 0. Values and intervals are clipped to the metric's range ({@code
 * min} to {@code max}) for drawing only.
 */
public record TrendChart(
    String line, String band, List<Dot> dots, double zeroY, List<Double> levels) {
  public static final int WIDTH = 320;
  public static final int HEIGHT = 120;
  private static final double PAD = 8;

  /** One value's dot, with what a screen reader and a hover say of it. */
  public record Dot(double x, double y, String label) {}

  /** The chart of these groups' figures, labelled by {@code labels} (one per group). */
  public static TrendChart of(List<Figure> groups, List<String> labels, double min, double max) {
    return of(groups, labels, min, max, List.of());
  }

  /** The chart with a horizontal line at each of {@code benchmarks} (their heights: levels). */
  public static TrendChart of(
      List<Figure> groups, List<String> labels, double min, double max, List<Double> benchmarks) {
    StringBuilder line = new StringBuilder();
    StringBuilder band = new StringBuilder();
    List<Dot> dots = new ArrayList<>();
    List<double[]> run = new ArrayList<>();
    boolean drawing = false;
    for (int i = 0; i < groups.size(); i++) {
      Figure f = groups.get(i);
      double x = x(i, groups.size());
      if (f.value() == null) {
        drawing = false;
        closeBand(band, run);
        continue;
      }
      double y = y(f.value(), min, max);
      line.append(drawing ? " L" : (line.length() == 0 ? "M" : " M")).append(xy(x, y));
      drawing = true;
      dots.add(new Dot(x, y, labels.get(i)));
      if (f.interval() != null) {
        run.add(
            new double[] {x, y(f.interval().low(), min, max), y(f.interval().high(), min, max)});
      } else {
        closeBand(band, run);
      }
    }
    closeBand(band, run);
    return new TrendChart(
        line.toString(),
        band.toString(),
        dots,
        y(0, min, max),
        benchmarks.stream().map(b -> y(b, min, max)).toList());
  }

  /** The band of a run of intervals: along the highs, back along the lows. */
  private static void closeBand(StringBuilder band, List<double[]> run) {
    if (run.size() > 1) {
      for (int i = 0; i < run.size(); i++) {
        band.append(i == 0 ? (band.length() == 0 ? "M" : " M") : " L")
            .append(xy(run.get(i)[0], run.get(i)[2]));
      }
      for (int i = run.size() - 1; i >= 0; i--) {
        band.append(" L").append(xy(run.get(i)[0], run.get(i)[1]));
      }
      band.append(" Z");
    }
    run.clear();
  }

  private static double x(int i, int n) {
    return n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
  }

  private static double y(double v, double min, double max) {
    double clipped = Math.max(min, Math.min(max, v));
    return PAD + (max - clipped) * (HEIGHT - 2 * PAD) / (max - min);
  }

  private static String xy(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }
}
