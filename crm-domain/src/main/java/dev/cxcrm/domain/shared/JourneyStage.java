package dev.cxcrm.domain.shared;

/**
 * The five stages of the customer journey, in order. Shared because touchpoints, interactions,
 * feedback and metrics all cut by stage. Labels and each stage's optimisation focus live in the
 * shared UI bundle under {@code JourneyStage.<NAME>} and {@code JourneyStage.<NAME>.focus}.
 */
public enum JourneyStage {
  AWARENESS,
  CONSIDERATION,
  PURCHASE,
  SERVICE,
  ADVOCACY
}
