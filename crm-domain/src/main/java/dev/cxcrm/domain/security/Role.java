package dev.cxcrm.domain.security;

/** The three roles of the product. Names equal the groups and the Jakarta roles. */
public enum Role {
  ADMIN,
  MANAGER,
  AGENT;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String MANAGER_NAME = "MANAGER";
  public static final String AGENT_NAME = "AGENT";

  /** Managers and admins may act on any customer; agents only on their own or unowned ones. */
  public boolean seesAllRecords() {
    return this != AGENT;
  }
}
