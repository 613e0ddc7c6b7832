package dev.cxcrm.ejb.interaction;

/**
 * Whose items the due queue shows. MINE: those the caller is responsible for (the contact's agent
 * is the caller, or it has no agent and the caller owns the customer); TEAM: everyone's.
 */
public enum DueScope {
  MINE,
  TEAM
}
