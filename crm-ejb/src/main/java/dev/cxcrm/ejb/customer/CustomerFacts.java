package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DailyHours;

/**
 * A customer as other features need it: name, owner, preferred channel, whether archived, and when
 * it may be contacted (null for any time).
 */
public record CustomerFacts(
    long id,
    String name,
    String owner,
    Channel preferredChannel,
    boolean archived,
    DailyHours contactHours) {}
