package dev.cxcrm.domain.shared;

/**
 * How the business serves a customer (MISSION.md). The type drives defaults; its meaning is shown
 * to users from the bundles ({@code RelationshipType.<name>} and {@code
 * RelationshipType.<name>.meaning}).
 */
public enum RelationshipType {
  TRANSACTIONAL,
  SELF_SERVICE,
  AUTOMATED_SERVICE,
  LONG_TERM,
  PERSONAL_ASSISTANCE,
  DEDICATED_PERSONAL_ASSISTANCE,
  COMMUNITY,
  CO_CREATION;

  /** A dedicated relationship manager must be named for this type. */
  public boolean requiresOwner() {
    return this == DEDICATED_PERSONAL_ASSISTANCE;
  }
}
