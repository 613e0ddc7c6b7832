package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.SurveyMoments;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The annual relationship review: every hour (so a server that was down at the usual time catches
 * up the same day), customers whose relationship has its anniversary today in the business time
 * zone are invited to the ANNIVERSARY survey, {@value #BATCH} per transaction. A customer invited
 * for it today already is not asked again, whichever server ran first.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnniversarySurveys {
  private static final Logger LOG = Logger.getLogger(AnniversarySurveys.class.getName());
  static final int BATCH = 500;

  private final AtomicBoolean running = new AtomicBoolean();

  @Inject SurveyAutomation automation;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;
  @Inject TimeSource time;

  @Schedule(hour = "*", minute = "20", persistent = false)
  void hourly() {
    run();
  }

  /** One run over today's anniversaries; answers how many invitations were made. */
  public int run() {
    if (!surveys.automations().containsKey(SurveyTrigger.ANNIVERSARY)
        || !running.compareAndSet(false, true)) {
      return 0;
    }
    int made = 0;
    try {
      LocalDate today = time.today();
      List<MonthDay> days = SurveyMoments.anniversariesOn(today);
      long after = 0;
      List<Long> ids;
      do {
        ids = customers.anniversaries(days, today.minusYears(1), after, BATCH);
        if (!ids.isEmpty()) {
          after = ids.get(ids.size() - 1);
          Set<Long> asked =
              automation.invitedSince(
                  SurveyTrigger.ANNIVERSARY, ids, today.atStartOfDay(time.zone()).toInstant());
          made +=
              automation.invite(
                  SurveyTrigger.ANNIVERSARY,
                  ids.stream()
                      .filter(id -> !asked.contains(id))
                      .map(id -> new SurveyAutomation.Moment(id, null, null))
                      .toList());
        }
      } while (ids.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Inviting today's anniversaries failed; the next hour tries again", e);
    } finally {
      running.set(false);
    }
    return made;
  }
}
