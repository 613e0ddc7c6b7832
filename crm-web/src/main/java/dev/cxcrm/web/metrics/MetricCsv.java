package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.web.shared.CsvExport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A dashboard card's figures as CSV ({@link CsvExport}): one row per group and the period's total,
 * with n, the interval and every part, numbers unrounded.
 */
final class MetricCsv {
  private MetricCsv() {}

  /** One row: what it is of (a group or the period) and its figure. */
  record Row(String group, String from, String to, Figure figure) {}

  static String of(Metric<?> metric, List<Row> rows) {
    Set<String> parts = new LinkedHashSet<>();
    rows.forEach(r -> parts.addAll(r.figure().parts().keySet()));
    List<String> header =
        new ArrayList<>(
            List.of(
                "metric", "group", "from", "to", "value", "n", "smallSample", "ciLow", "ciHigh"));
    header.addAll(parts);
    List<List<Object>> lines = new ArrayList<>();
    for (Row r : rows) {
      Figure f = r.figure();
      List<Object> cells = new ArrayList<>();
      cells.add(metric.word());
      cells.add(r.group());
      cells.add(r.from());
      cells.add(r.to());
      cells.add(f.value());
      cells.add(f.n());
      cells.add(f.smallSample());
      cells.add(f.interval() == null ? null : f.interval().low());
      cells.add(f.interval() == null ? null : f.interval().high());
      parts.forEach(p -> cells.add(f.parts().get(p)));
      lines.add(cells);
    }
    StringWriter out = new StringWriter();
    try {
      CsvExport.write(out, header, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
