package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.ReportPeriod;

/**
 * The figures of proactive work for one group (a relationship type, an agent, or everyone) over a
 * period (docs/decisions/0014-playbooks-and-tasks.md).
 *
 * <ul>
 *   <li><b>Proactive share</b>: proactive outbound contacts / all outbound contacts that occurred
 *       in the period; its sample size is {@code outbound}; null without any.
 *   <li><b>Playbook coverage</b>: of the customers with playbook tasks first due in the period
 *       (cancelled ones left out), those whose every such task was done by the day it was first due
 *       / the customers decided: covered, or not covered (a task done late, skipped, or still open
 *       past its day). Customers with a task still open and not yet due are pending and left out;
 *       the sample size is {@code decided}; null without any.
 * </ul>
 */
public record ProactiveFigures(
    String key, long outbound, long proactive, long covered, long notCovered, long pending) {

  /** How long a period the figures cover by default, and at most. */
  public static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastMonths(3, 366);

  /**
   * The cuts: by relationship type, or by agent (the assignee of the task, the contact's agent).
   */
  public enum By {
    TYPE,
    AGENT
  }

  public ProactiveFigures {
    if (outbound < 0 || proactive < 0 || proactive > outbound) {
      throw new IllegalArgumentException("proactive " + proactive + " of " + outbound);
    }
    if (covered < 0 || notCovered < 0 || pending < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** Percent, or null when there was no outbound contact. */
  public Double proactiveShare() {
    return outbound == 0 ? null : proactive * 100.0 / outbound;
  }

  public long decided() {
    return covered + notCovered;
  }

  /** Percent, or null when no customer's tasks are decided. */
  public Double coverage() {
    return decided() == 0 ? null : covered * 100.0 / decided();
  }
}
