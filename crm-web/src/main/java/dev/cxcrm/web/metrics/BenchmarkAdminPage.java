package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.metrics.BenchmarkKind;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.metrics.Benchmarks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The benchmarks for managers: the list by metric, a form that adds one or changes the one picked
 * from the list, and removal. The dashboards draw them on the metric's trend.
 */
@Named("benchmarkAdmin")
@ViewScoped
public class BenchmarkAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Benchmarks benchmarks;
  @Inject MetricText text;

  private transient List<Benchmark> entries;
  private Long editing;
  private Integer version;
  private String metric = "nps";
  private BenchmarkKind kind = BenchmarkKind.INDUSTRY;
  private String name;
  private BigDecimal value;

  public void edit(Benchmark b) {
    editing = b.id();
    version = b.version();
    metric = b.metric().word();
    kind = b.kind();
    name = b.name();
    value = b.value();
  }

  public void startNew() {
    editing = null;
    version = null;
    metric = "nps";
    kind = BenchmarkKind.INDUSTRY;
    name = null;
    value = null;
  }

  public void save() {
    Benchmark.Draft d = new Benchmark.Draft(Metric.named(metric).orElse(null), kind, name, value);
    try {
      if (editing == null) {
        benchmarks.add(d);
      } else {
        benchmarks.change(editing, version, d);
      }
      text.info("benchmark.saved");
      startNew();
      entries = null;
    } catch (DomainException e) {
      text.show(e, "benchmark");
    }
  }

  public void remove(Benchmark b) {
    try {
      benchmarks.remove(b.id(), b.version());
      text.info("benchmark.removed", b.name());
      if (Long.valueOf(b.id()).equals(editing)) {
        startNew();
      }
    } catch (DomainException e) {
      text.show(e, "benchmark");
    }
    entries = null;
  }

  public List<Benchmark> getEntries() {
    if (entries == null) {
      entries = benchmarks.all();
    }
    return entries;
  }

  /** The metrics a benchmark can be entered for: those with a scale. */
  public List<Metric<?>> getMetrics() {
    return Metric.all().stream().filter(m -> m.bounds() != null).toList();
  }

  public BenchmarkKind[] getKinds() {
    return BenchmarkKind.values();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getMetric() {
    return metric;
  }

  public void setMetric(String metric) {
    this.metric = metric;
  }

  public BenchmarkKind getKind() {
    return kind;
  }

  public void setKind(BenchmarkKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }
}
