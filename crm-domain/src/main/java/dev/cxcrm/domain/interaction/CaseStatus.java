package dev.cxcrm.domain.interaction;

/**
 * Where a case stands. OPEN and IN_PROGRESS are set freely; RESOLVED only by {@link
 * ServiceCase#resolve} and left only by {@link ServiceCase#reopen}.
 */
public enum CaseStatus {
  OPEN,
  IN_PROGRESS,
  RESOLVED;

  public boolean isWorkable() {
    return this != RESOLVED;
  }
}
