package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Metric;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A dashboard card's figures as CSV (RFC 4180, with a BOM so that Japanese Excel reads it as
 * UTF-8): one row per group and the period's total, with n, the interval and every part, numbers
 * unrounded.
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
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
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
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
