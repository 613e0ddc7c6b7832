package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.feedback.SurveySend;
import dev.cxcrm.ejb.feedback.SurveySends;
import dev.cxcrm.ejb.feedback.SurveyService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The surveys page's delivery: which survey each event sends by e-mail, and sending a survey to a
 * segment in the background with its progress (the page polls while a send is under way).
 */
@Named("surveyDelivery")
@ViewScoped
public class SurveyDeliveryPart implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 20;

  @Inject SurveyService surveys;
  @Inject SurveySends sends;
  @Inject CustomerService customers;
  @Inject FeedbackText text;

  private Map<SurveyTrigger, Long> automations;
  private List<Survey> all;
  private Long sendSurveyId;
  private String segment;
  private List<SurveySend.Progress> latest;

  public List<SurveyTrigger> getTriggers() {
    return Arrays.stream(SurveyTrigger.values()).filter(SurveyTrigger::automatic).toList();
  }

  /** The survey set for each event (absent: none), editable on the page. */
  public Map<SurveyTrigger, Long> getAutomations() {
    if (automations == null) {
      automations = new LinkedHashMap<>(surveys.automations());
      getTriggers().forEach(t -> automations.putIfAbsent(t, null));
    }
    return automations;
  }

  public List<Survey> getSurveys() {
    if (all == null) {
      all = surveys.all();
    }
    return all;
  }

  public void saveAutomations() {
    try {
      Map<SurveyTrigger, Long> stored = surveys.automations();
      for (Map.Entry<SurveyTrigger, Long> e : automations.entrySet()) {
        if (!Objects.equals(stored.get(e.getKey()), e.getValue())) {
          surveys.automate(e.getKey(), e.getValue());
        }
      }
      automations = null;
      text.info("survey.delivery.saved");
    } catch (DomainException e) {
      text.show(e, "automations");
    }
  }

  public List<String> suggestSegments(String prefix) {
    return customers.segmentLabels(prefix, SUGGESTIONS);
  }

  public void send() {
    try {
      SurveySend s = sends.start(sendSurveyId, segment);
      text.info("survey.delivery.started", s.segment(), s.total());
      segment = null;
      latest = null;
    } catch (DomainException e) {
      text.show(e, "segmentSend");
    }
  }

  /** The latest segment sends with their progress, read again on every poll. */
  public List<SurveySend.Progress> getSends() {
    if (latest == null) {
      latest = sends.latest();
    }
    return latest;
  }

  public void refresh() {
    latest = null;
  }

  /** Whether a send is still making invitations (the page polls while so). */
  public boolean isBusy() {
    return getSends().stream()
        .anyMatch(p -> p.made() < p.send().total() && !"FAILED".equals(p.job()));
  }

  /** How far a send got, 0 to 100. */
  public int percent(SurveySend.Progress p) {
    return p.send().total() == 0 ? 100 : (int) (p.made() * 100 / p.send().total());
  }

  /** The survey's name. */
  public String name(long id) {
    return getSurveys().stream()
        .filter(s -> s.id() == id)
        .map(s -> s.content().name())
        .findFirst()
        .orElse("#" + id);
  }

  /** The send's invitations by status and the skipped ones by reason, in words. */
  public String counts(SurveySend.Progress p) {
    List<String> parts = new ArrayList<>();
    p.byStatus().forEach((status, n) -> parts.add(text.of(status) + " " + n));
    p.skipped().forEach((reason, n) -> parts.add(text.of(reason) + " " + n));
    return String.join(" · ", parts);
  }

  public Long getSendSurveyId() {
    return sendSurveyId;
  }

  public void setSendSurveyId(Long sendSurveyId) {
    this.sendSurveyId = sendSurveyId;
  }

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
  }
}
