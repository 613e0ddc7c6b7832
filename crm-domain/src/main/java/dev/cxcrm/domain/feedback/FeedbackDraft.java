package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/**
 * One piece of feedback as a person or another system gives it: who said it, when, where it came
 * from, what it is about (interaction, case, touchpoint, stage, channel, agent: each where known),
 * and what was said (emotion −2..+2, text, theme tags, scores, stars, platform and link). {@link
 * FeedbackRules} checks it; its withers and builder are generated.
 */
@RecordBuilder
public record FeedbackDraft(
    FeedbackKind kind,
    Long customerId,
    Instant receivedAt,
    Long interactionId,
    Long caseId,
    Long touchpointId,
    JourneyStage stage,
    Channel channel,
    String agent,
    Integer emotion,
    String text,
    List<String> themes,
    Scores scores,
    Integer stars,
    String platform,
    String link,
    String externalId)
    implements FeedbackDraftBuilder.With {

  public FeedbackDraft {
    themes = themes == null ? List.of() : List.copyOf(themes);
    scores = scores == null ? Scores.NONE : scores;
  }

  /** A remark of this customer now, the start of forms and tests. */
  public static FeedbackDraft of(FeedbackKind kind, long customerId, Instant receivedAt) {
    return FeedbackDraftBuilder.builder()
        .kind(kind)
        .customerId(customerId)
        .receivedAt(receivedAt)
        .build();
  }
}
