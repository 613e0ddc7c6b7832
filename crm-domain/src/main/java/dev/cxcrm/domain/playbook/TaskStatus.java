package dev.cxcrm.domain.playbook;

/**
 * Where a proactive task stands: open until it is done (a proactive contact logged), skipped with a
 * reason, or cancelled because the customer's relationship type no longer has its step.
 */
public enum TaskStatus {
  OPEN,
  DONE,
  SKIPPED,
  CANCELLED
}
