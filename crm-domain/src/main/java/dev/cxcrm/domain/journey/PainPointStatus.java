package dev.cxcrm.domain.journey;

/**
 * Whether a pain point still hurts. Labels in the journey bundle under {@code pain.status.<NAME>}.
 */
public enum PainPointStatus {
  OPEN,
  ADDRESSED
}
