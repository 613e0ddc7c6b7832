package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.LatestScores;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.feedback.FeedbackService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.CustomerTimelinePage;
import dev.cxcrm.web.shared.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;

/**
 * The customer page's voice of the customer: the latest NPS, CSAT and CES beside the relationship
 * type (no answer shows as not answered, never as 0), and a form to record what the customer said.
 * The customer is the page's {@code id} parameter.
 */
@Named("customerFeedback")
@ViewScoped
public class CustomerFeedbackPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FeedbackService feedback;
  @Inject TimeSource time;
  @Inject FeedbackText text;
  @Inject CustomerTimelinePage timeline;

  private Long customerId;
  private LatestScores latest;
  private FeedbackForm form;

  @PostConstruct
  void init() {
    customerId = PageParameters.id();
    form = freshForm();
  }

  private FeedbackForm freshForm() {
    return FeedbackForm.at(
        LocalDateTime.ofInstant(time.now(), time.zone()).truncatedTo(ChronoUnit.MINUTES));
  }

  public LatestScores getLatest() {
    if (latest == null && customerId != null) {
      try {
        latest = feedback.latest(new CustomerId(customerId));
      } catch (DomainException e) {
        latest = new LatestScores(null, null, null, null, null, null, null, null);
      }
    }
    return latest;
  }

  public void record() {
    try {
      feedback.record(form.toDraft(customerId, time.zone()));
      text.info("recorded");
      form = freshForm();
      changed();
      PrimeFaces.current().focus("feedbackForm:text");
    } catch (InvalidInput e) {
      // Scores sit in inputs named after the score: scores.nps is shown next to nps.
      text.show(
          new InvalidInput(
              e.errors().stream()
                  .map(
                      f ->
                          new FieldError(
                              f.field().replace("scores.", ""),
                              f.messageKey(),
                              f.args(),
                              f.message()))
                  .toList()),
          "feedbackForm");
    } catch (DomainException e) {
      text.show(e, "feedbackForm");
    }
  }

  /**
   * After feedback was recorded on the page (here or by an interview): fresh scores and timeline.
   */
  public void changed() {
    latest = null;
    timeline.reload();
  }

  /** The day and time of a score in the user's terms. */
  public String at(Instant when) {
    return when == null
        ? ""
        : text.format(
            "customer.at", text.date(LocalDateTime.ofInstant(when, time.zone()).toLocalDate()));
  }

  public FeedbackForm getForm() {
    return form;
  }

  public List<FeedbackKind> getKinds() {
    return List.of(FeedbackKind.values());
  }

  public List<Integer> getNpsValues() {
    return IntStream.rangeClosed(0, 10).boxed().toList();
  }

  public List<Integer> getFivePoints() {
    return IntStream.rangeClosed(1, FeedbackForm.FORM_SCALE).boxed().toList();
  }

  public List<Integer> getEmotions() {
    return IntStream.rangeClosed(-2, 2).boxed().toList();
  }
}
