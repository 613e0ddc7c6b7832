package dev.cxcrm.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCsvTest {
  @Test
  void each_group_is_a_row_with_n_interval_and_parts_and_an_empty_group_has_no_value() {
    FeedbackCounts march =
        FeedbackCounts.of(10, null, null, null, null, null)
            .plus(FeedbackCounts.of(0, null, null, null, null, null));
    String csv =
        MetricCsv.of(
            FeedbackMetric.NPS,
            List.of(
                new MetricCsv.Row(
                    "2026-03", "2026-03-01", "2026-03-31", FeedbackMetric.NPS.of(march)),
                new MetricCsv.Row(
                    "2026-04, \"April\"",
                    "2026-04-01",
                    "2026-04-30",
                    FeedbackMetric.NPS.of(FeedbackCounts.NONE))));
    // 1 promoter and 1 detractor: NPS 0, p+ = p- = .5: var = 1, 1.96 * sqrt(1 / 2) * 100 = 138.59.
    assertThat(csv).startsWith("\uFEFF");
    List<String> lines = csv.substring(1).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "metric,group,from,to,value,n,smallSample,ciLow,ciHigh,promoters,passives,detractors");
    assertThat(lines.get(1)).startsWith("nps,2026-03,2026-03-01,2026-03-31,0.0,2,true,-138.59");
    assertThat(lines.get(1)).endsWith(",1,0,1");
    // RFC 4180 quoting; no value is an empty cell, not 0.
    assertThat(lines.get(2))
        .isEqualTo("nps,\"2026-04, \"\"April\"\"\",2026-04-01,2026-04-30,,0,true,,,0,0,0");
  }
}
