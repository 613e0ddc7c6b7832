package dev.cxcrm.domain.metrics;

/**
 * A figure with the size of the sample it was computed from. A small business has small samples,
 * and a change of 5 points on 20 answers means nothing, so every figure says how many stood behind
 * it.
 */
public interface Sampled {
  /** Below this many answers (or customers) a figure is shown as a small sample. */
  int SMALL_SAMPLE = 30;

  /** How many answers (or customers) the figure counts; 0 means it has no value. */
  long n();

  default boolean smallSample() {
    return n() < SMALL_SAMPLE;
  }
}
