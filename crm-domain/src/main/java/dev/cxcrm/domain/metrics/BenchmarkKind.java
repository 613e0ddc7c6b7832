package dev.cxcrm.domain.metrics;

/**
 * What a benchmark the business enters stands for: the industry's figure, a competitor's, or the
 * business's own target.
 */
public enum BenchmarkKind {
  INDUSTRY,
  COMPETITOR,
  TARGET
}
