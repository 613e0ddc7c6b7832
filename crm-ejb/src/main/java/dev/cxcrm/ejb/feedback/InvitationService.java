package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.customer.CustomerChecks;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.shared.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Inviting one customer to a survey by hand, and the customer's invitations. Inviting follows the
 * ownership policy (an agent invites its own and unowned customers); the fatigue and consent rules
 * apply to everyone, and a skipped invitation says why.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class InvitationService {
  public static final int CUSTOMER_MAX = 50;

  @Resource SessionContext ctx;
  @Inject Invitations invitations;
  @Inject InvitationRepository store;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;

  public Invitations.Made invite(long surveyId, CustomerId customer, InvitationChannel channel) {
    Actor actor = Callers.of(ctx);
    long customerId = customer.value();
    SurveyTarget target = SurveyTarget.of(customers, surveys, customerId, surveyId);
    CustomerReach c = target.customer();
    Survey survey = target.survey();
    List<FieldError> errors = new ArrayList<>(target.errors());
    if (channel != null && !channel.sent()) {
      errors.add(
          FieldError.of(
              "channel",
              "survey.validation.interviewNotSent",
              "An interview is recorded with its answers, not sent."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    CustomerChecks.mayRecordFor(actor, customerId, customers.facts(List.of(customerId)));
    return invitations.invite(
        survey, c, channel, new Invitations.Cause(SurveyTrigger.MANUAL, null, null, actor.name()));
  }

  public Invitation get(long id) {
    return store.find(id).orElseThrow(() -> new NotFound("Invitation " + id));
  }

  /** The customer's latest {@value #CUSTOMER_MAX} invitations, newest first. */
  public List<Invitation> forCustomer(CustomerId customer) {
    if (!customers.isActive(customer)) {
      throw new NotFound("Customer " + customer.value());
    }
    return store.forCustomer(customer.value(), CUSTOMER_MAX);
  }
}
