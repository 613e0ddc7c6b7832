package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.LocalDate;

/**
 * What the planner reads of a customer: its type, owner, start, how and when it may be contacted.
 */
record Reach(
    long id,
    RelationshipType type,
    String owner,
    LocalDate since,
    Channel preferred,
    ConsentChoice consents,
    DailyHours contactHours) {}
