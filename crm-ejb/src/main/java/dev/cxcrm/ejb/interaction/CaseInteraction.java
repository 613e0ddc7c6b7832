package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;

/** One interaction as a case shows it: when, on which channel, which way, about what, by whom. */
public record CaseInteraction(
    long id,
    Instant occurredAt,
    Channel channel,
    boolean inbound,
    String subject,
    String agent,
    Long caseId) {}
