package dev.cxcrm.domain.playbook;

/** Who does a playbook's tasks: the customer's named owner, or the team (anyone of it). */
public enum Assignment {
  OWNER,
  TEAM
}
