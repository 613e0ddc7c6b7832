package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.feedback.InterviewService;
import dev.cxcrm.ejb.feedback.InvitationService;
import dev.cxcrm.ejb.feedback.Invitations;
import dev.cxcrm.ejb.feedback.SurveyLinks;
import dev.cxcrm.ejb.feedback.SurveyService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer page's surveys: invite the customer to an active survey by e-mail or with a link
 * shown once, and the customer's invitations with where each stands (and why one did not go out).
 * The customer is the page's {@code id} parameter.
 */
@Named("customerSurveys")
@ViewScoped
public class CustomerSurveysPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject InterviewService interviews;
  @Inject CustomerFeedbackPart feedback;
  @Inject SurveyLinks links;
  @Inject FeedbackText text;
  @Inject TimeSource time;

  private Long customerId;
  private Long surveyId;
  private InvitationChannel channel = InvitationChannel.EMAIL;
  private String link;
  private List<Survey> active;
  private Map<Long, String> names;
  private List<Invitation> list;
  private Survey script;
  private final Map<String, Object> answers = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  @PostConstruct
  void init() {
    customerId = PageParameters.id();
  }

  public List<Survey> getSurveys() {
    if (active == null) {
      List<Survey> all = surveys.all();
      names = new HashMap<>();
      all.forEach(s -> names.put(s.id(), s.content().name()));
      active = all.stream().filter(Survey::active).toList();
      if (surveyId == null && !active.isEmpty()) {
        surveyId = active.get(0).id();
      }
    }
    return active;
  }

  /** The customer's latest invitations, newest first. */
  public List<Invitation> getInvitations() {
    if (list == null && customerId != null) {
      try {
        list = invitations.forCustomer(new CustomerId(customerId));
      } catch (DomainException e) {
        list = List.of();
      }
    }
    return list;
  }

  public void invite() {
    link = null;
    try {
      Invitations.Made made = invitations.invite(surveyId, new CustomerId(customerId), channel);
      Invitation v = made.invitation();
      if (made.token() != null) {
        link = links.answer(made.token());
      }
      text.info(
          "survey.invite." + v.status().name(),
          v.reason() == null ? "" : text.of(v.reason()),
          when(v.sendAfter()));
      list = null;
    } catch (DomainException e) {
      text.show(e, "surveyInvite");
    }
  }

  /** Opens the chosen survey as an interview script: its questions, to ask and note the answers. */
  public void startInterview() {
    answers.clear();
    errors.clear();
    link = null;
    script = getSurveys().stream().filter(s -> s.id() == surveyId).findFirst().orElse(null);
  }

  public void cancelInterview() {
    script = null;
    answers.clear();
    errors.clear();
  }

  /**
   * Records the interview's answers as the customer gave them; refused answers stay on the form.
   */
  public void recordInterview() {
    errors.clear();
    try {
      interviews.record(
          new InterviewService.Notes(
              script.id(), customerId, null, null, null, null, SurveyForm.given(answers), null));
      text.info("survey.interview.recorded");
      cancelInterview();
      list = null;
      feedback.changed();
    } catch (InvalidInput e) {
      List<FieldError> rest = SurveyForm.byQuestion(e.errors(), errors, text::message);
      if (!rest.isEmpty()) {
        text.show(new InvalidInput(rest), "surveyInvite");
      }
    } catch (DomainException e) {
      text.show(e, "surveyInvite");
    }
  }

  /** The survey being asked as an interview, null when none is. */
  public Survey getScript() {
    return script;
  }

  /** The language the script's questions are shown in: the user's. */
  public String getScriptLanguage() {
    return "en".equals(text.locale().getLanguage()) ? "en" : "ja";
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  /** The survey's name (also of inactive ones, for older invitations). */
  public String name(long id) {
    getSurveys();
    return names.getOrDefault(id, "#" + id);
  }

  /** Where an invitation stands, in words: its status, and the reason or the server's answer. */
  public String state(Invitation v) {
    String s = text.of(v.status());
    if (v.status() == InvitationStatus.SKIPPED && v.reason() != null) {
      return s + "（" + text.of(v.reason()) + "）";
    }
    if (v.status() == InvitationStatus.FAILED && v.detail() != null) {
      return s + "（" + v.detail() + "）";
    }
    return s;
  }

  public String when(Instant at) {
    return at == null
        ? ""
        : text.format(
            "survey.invite.at",
            text.date(LocalDateTime.ofInstant(at, time.zone()).toLocalDate()),
            LocalDateTime.ofInstant(at, time.zone()).toLocalTime().withSecond(0).withNano(0));
  }

  public List<InvitationChannel> getChannels() {
    return Arrays.stream(InvitationChannel.values()).filter(InvitationChannel::sent).toList();
  }

  public Long getSurveyId() {
    return surveyId;
  }

  public void setSurveyId(Long surveyId) {
    this.surveyId = surveyId;
  }

  public InvitationChannel getChannel() {
    return channel;
  }

  public void setChannel(InvitationChannel channel) {
    this.channel = channel;
  }

  /** The link made just now (a LINK invitation), shown this once. */
  public String getLink() {
    return link;
  }
}
