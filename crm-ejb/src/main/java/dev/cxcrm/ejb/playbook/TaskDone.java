package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;

/**
 * How a task was done: the proactive contact to log (channel, when, what was said and its outcome);
 * channel and time default to the task's channel and now.
 */
public record TaskDone(Channel channel, Instant occurredAt, String summary, String outcome) {}
