package dev.cxcrm.domain.interaction;

/** The kinds of cause that root-cause analysis traces problems to (MISSION.md). */
public enum RootCauseCategory {
  PROCESS,
  COMMUNICATION,
  PRODUCT,
  STAFF,
  OTHER
}
