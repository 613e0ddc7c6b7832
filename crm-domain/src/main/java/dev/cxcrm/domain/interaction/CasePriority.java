package dev.cxcrm.domain.interaction;

/** How urgently a case is worked; a new case is {@link #NORMAL} unless said otherwise. */
public enum CasePriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
