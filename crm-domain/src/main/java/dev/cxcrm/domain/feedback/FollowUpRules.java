package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.util.List;

/** Closing a follow-up says what was done and how it ended, both required. */
public final class FollowUpRules {
  public static final int ACTION_MAX = 1000;
  public static final int OUTCOME_MAX = 500;

  private FollowUpRules() {}

  public static List<FieldError> check(String action, String outcome) {
    Checks c = new Checks();
    c.required("action", Texts.clean(action));
    c.required("outcome", Texts.clean(outcome));
    c.length("action", action, ACTION_MAX);
    c.length("outcome", outcome, OUTCOME_MAX);
    return c.errors();
  }
}
