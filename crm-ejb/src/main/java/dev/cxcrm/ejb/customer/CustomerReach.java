package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;

/**
 * How a customer may be reached, as invitations and mail need it: name, e-mail address, what they
 * agreed to, the language they prefer, when they may be contacted (null for any time), owner, and
 * whether archived.
 */
public record CustomerReach(
    long id,
    String name,
    String email,
    ConsentChoice consent,
    String preferredLanguage,
    DailyHours contactHours,
    String owner,
    boolean archived) {}
