package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer and the survey a person asks about (an invitation, an interview), with the errors of
 * those that do not exist: an archived customer is unknown here.
 */
record SurveyTarget(CustomerReach customer, Survey survey, List<FieldError> errors) {
  static SurveyTarget of(
      CustomerQueries customers, SurveyRepository surveys, long customerId, long surveyId) {
    CustomerReach c = customers.reach(List.of(customerId)).get(customerId);
    Survey survey = surveys.find(surveyId).orElse(null);
    List<FieldError> errors = new ArrayList<>();
    if (c == null || c.archived()) {
      errors.add(
          FieldError.of("customerId", "validation.unknownCustomer", "There is no such customer."));
    }
    if (survey == null) {
      errors.add(
          FieldError.of("surveyId", "survey.validation.unknownSurvey", "There is no such survey."));
    }
    return new SurveyTarget(c, survey, errors);
  }
}
