package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Survey definitions: managers and administrators write them, all staff read them (to invite a
 * customer). A change after the first invitation makes a new version, so an answer always belongs
 * to the questions that were asked (docs/decisions/0016).
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class SurveyService {
  @Resource SessionContext ctx;
  @Inject SurveyRepository store;
  @Inject TimeSource time;

  public Survey get(long id) {
    return store.find(id).orElseThrow(() -> new NotFound("Survey " + id));
  }

  public List<Survey> all() {
    return store.all();
  }

  /** Definition {@code number} of the survey, as it was asked. */
  public SurveyDraft definition(long id, int number) {
    return store.definition(id, number).orElseThrow(() -> new NotFound("Survey " + id));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Survey create(SurveyDraft draft, boolean active) {
    SurveyDraft d = checked(draft);
    return get(store.insert(d, active, Callers.of(ctx).name(), time.now()));
  }

  /**
   * Changes the survey read at {@code expectedVersion}: its name, whether it is active, and its
   * definition (a new version once anyone was invited to the current one).
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Survey change(long id, int expectedVersion, SurveyDraft draft, boolean active) {
    Survey s = get(id);
    if (s.version() != expectedVersion) {
      throw new StaleVersion();
    }
    SurveyDraft d = checked(draft);
    if (!store.change(s, d, active, Callers.of(ctx).name(), time.now())) {
      throw new StaleVersion();
    }
    return get(id);
  }

  /** The survey that each automatic trigger sends by e-mail. */
  public Map<SurveyTrigger, Long> automations() {
    return store.automations();
  }

  /**
   * Sets the survey that {@code trigger} sends (null: it sends nothing). Only automatic triggers;
   * the survey must exist.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Map<SurveyTrigger, Long> automate(SurveyTrigger trigger, Long surveyId) {
    if (trigger == null || !trigger.automatic()) {
      throw InvalidInput.of(
          "trigger", "survey.validation.notAutomatic", "Only events start surveys on their own.");
    }
    if (surveyId != null && store.find(surveyId).isEmpty()) {
      throw InvalidInput.of(
          "surveyId", "survey.validation.unknownSurvey", "There is no such survey.");
    }
    store.automate(trigger, surveyId, Callers.of(ctx).name(), time.now());
    return store.automations();
  }

  private static SurveyDraft checked(SurveyDraft draft) {
    SurveyDraft d = SurveyRules.normalized(draft);
    var errors = SurveyRules.check(d);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return d;
  }
}
