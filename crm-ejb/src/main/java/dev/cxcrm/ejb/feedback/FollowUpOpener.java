package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FollowUpRule;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.interaction.ResponseStandards;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens the closed loop's follow-ups as feedback is recorded (docs/decisions/0015): for the
 * customer's owner, or the managers' queue when it has none, due on the business calendar.
 */
@ApplicationScoped
public class FollowUpOpener {
  @Inject FollowUpRepository store;
  @Inject ResponseStandards standards;
  @Inject TimeSource time;

  /**
   * Opens the follow-ups of the feedback just recorded (ids in the order of the drafts), in the
   * same transaction: a feedback opens at most one (unique per feedback).
   */
  public void openFor(
      List<FeedbackDraft> recorded, List<Long> ids, Map<Long, CustomerFacts> facts) {
    Instant now = time.now();
    List<FollowUpRepository.Opening> rows = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      FeedbackDraft d = recorded.get(i);
      if (FollowUpRule.opens(d, now)) {
        CustomerFacts c = facts.get(d.customerId());
        rows.add(
            new FollowUpRepository.Opening(
                ids.get(i),
                d.customerId(),
                c == null ? null : c.owner(),
                standards.businessDaysAfter(d.receivedAt(), FollowUpRule.BUSINESS_DAYS)));
      }
    }
    store.open(rows, now);
  }
}
