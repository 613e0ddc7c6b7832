package dev.cxcrm.domain.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ways a metric is cut besides the period (MISSION.md): by the customer's segment and
 * relationship type, and by the journey stage, touchpoint, channel and agent the feedback or
 * contact is about. {@link #parameter()} is how the API and the dashboard name it.
 */
public enum MetricCut {
  SEGMENT("segment"),
  RELATIONSHIP_TYPE("relationshipType"),
  STAGE("stage"),
  TOUCHPOINT("touchpointId"),
  CHANNEL("channel"),
  AGENT("agent");

  private final String parameter;

  MetricCut(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  /** The cuts a customer has itself: its segments, relationship type and owner (as the agent). */
  public static Set<MetricCut> ofCustomers() {
    return EnumSet.of(SEGMENT, RELATIONSHIP_TYPE, AGENT);
  }
}
