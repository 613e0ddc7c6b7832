package dev.cxcrm.domain.interaction;

/**
 * Why the business contacted the customer: to answer something the customer reported ({@code
 * REACTIVE}), or to build the relationship ({@code PROACTIVE}: check-ins, information, offers,
 * onboarding, the relationship review, thanks). Only a reactive contact answers anything.
 */
public enum Purpose {
  REACTIVE,
  PROACTIVE
}
