package dev.cxcrm.domain.interaction;

/**
 * What a timeline entry is. The declaration order breaks ties between entries at the same instant
 * (the timeline is ordered by time, kind, id, newest first).
 */
public enum TimelineKind {
  INTERACTION,
  STAGE_CHANGE,
  CASE_OPENED,
  CASE_RESOLVED,
  FEEDBACK
}
