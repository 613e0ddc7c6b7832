package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * One contact as a client describes it, before it is checked and stored. {@code awaitsAnswer} and
 * {@code purpose} null mean "the default" ({@link InteractionRules#normalized}). Its withers are
 * generated ({@link InteractionDraftBuilder}).
 */
@RecordBuilder
public record InteractionDraft(
    Long customerId,
    String contactName,
    Channel channel,
    Direction direction,
    Instant occurredAt,
    Long touchpointId,
    String agent,
    String subject,
    String summary,
    String outcome,
    Integer emotion,
    Boolean awaitsAnswer,
    Long caseId,
    Long replyTo,
    Purpose purpose,
    String externalId)
    implements InteractionDraftBuilder.With {}
