package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sending a survey to a segment, by managers and administrators: a Jakarta Batch job invites its
 * customers in the background (restartable, a hundred per transaction) and the sender mails them at
 * its rate. Progress is read from the send's invitations, so it is the same on every server and
 * after a restart.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class SurveySends {
  public static final String JOB = "survey-send";
  public static final int LATEST = 20;

  @Resource SessionContext ctx;
  @Inject SurveySendRepository store;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;
  @Inject TimeSource time;

  /** Starts sending the survey to the segment's customers; answers the send. */
  public SurveySend start(Long surveyId, String segment) {
    List<FieldError> errors = new ArrayList<>();
    Survey survey = surveyId == null ? null : surveys.find(surveyId).orElse(null);
    if (survey == null) {
      errors.add(
          FieldError.of("surveyId", "survey.validation.unknownSurvey", "There is no such survey."));
    } else if (!survey.active()) {
      errors.add(
          FieldError.of("surveyId", "survey.validation.inactive", "The survey is not active."));
    }
    String label = segment == null ? null : segment.strip();
    long total = label == null || label.isEmpty() ? 0 : customers.segmentSize(label);
    if (total == 0) {
      errors.add(
          FieldError.of(
              "segment", "survey.validation.emptySegment", "No customer is in this segment."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    long id = store.insert(survey.id(), label, total, Callers.of(ctx).name(), time.now());
    Properties p = new Properties();
    p.setProperty("sendId", Long.toString(id));
    store.started(id, BatchRuntime.getJobOperator().start(JOB, p));
    return store.find(id).orElseThrow();
  }

  public SurveySend.Progress progress(long id) {
    SurveySend s = store.find(id).orElseThrow(() -> new NotFound("Survey send " + id));
    var byStatus = store.byStatus(id);
    return new SurveySend.Progress(
        s,
        job(s),
        byStatus.values().stream().mapToLong(Long::longValue).sum(),
        byStatus,
        store.skipped(id));
  }

  /** The latest sends, newest first, with their progress. */
  public List<SurveySend.Progress> latest() {
    return store.latest(LATEST).stream().map(s -> progress(s.id())).toList();
  }

  private static String job(SurveySend s) {
    if (s.executionId() == null) {
      return "STARTING";
    }
    try {
      JobOperator jobs = BatchRuntime.getJobOperator();
      return jobs.getJobExecution(s.executionId()).getBatchStatus().name();
    } catch (NoSuchJobExecutionException | JobSecurityException e) {
      return "UNKNOWN";
    }
  }
}
