package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writer of the segment send job: invites a chunk of customers by e-mail in the chunk's
 * transaction, under the fatigue and consent rules (a skipped invitation says why). Customers this
 * send invited already (a chunk written just before a crash) are left alone.
 */
@Named
@Dependent
public class SegmentInvitations extends AbstractItemWriter {
  @Inject
  @BatchProperty(name = "sendId")
  String sendId;

  @Inject SurveySendRepository sends;
  @Inject SurveyRepository surveys;
  @Inject InvitationRepository store;
  @Inject Invitations invitations;
  @Inject CustomerQueries customers;

  @Override
  public void writeItems(List<Object> items) {
    long send = Long.parseLong(sendId);
    SurveySend s = sends.find(send).orElseThrow();
    Survey survey = surveys.find(s.surveyId()).orElseThrow();
    List<Long> ids = items.stream().map(Long.class::cast).toList();
    Set<Long> done = store.inSend(send, ids);
    Map<Long, CustomerReach> reach = customers.reach(ids);
    for (Long id : ids) {
      CustomerReach c = reach.get(id);
      if (c != null && !done.contains(id)) {
        invitations.invite(
            survey,
            c,
            InvitationChannel.EMAIL,
            new Invitations.Cause(SurveyTrigger.SEGMENT, null, null, send, s.createdBy()));
      }
    }
  }
}
