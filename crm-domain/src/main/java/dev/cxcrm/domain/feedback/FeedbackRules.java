package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.Emotion;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules a piece of feedback keeps on its own, before anything is looked up: what each kind
 * needs, scores that are whole numbers inside their scale, stars only on reviews, lengths, and that
 * it says something. The service checks the references (customer, interaction, case, touchpoint,
 * agent) against the database.
 */
public final class FeedbackRules {
  public static final int TEXT_MAX = 10_000;
  public static final int THEME_MAX = 50;
  public static final int THEMES_MAX = 20;
  public static final int PLATFORM_MAX = 100;
  public static final int LINK_MAX = 2000;
  public static final int AGENT_MAX = 100;
  public static final int EXTERNAL_ID_MAX = 200;
  public static final int STARS_MIN = 1;
  public static final int STARS_MAX = 5;

  private static final Pattern LINK = Pattern.compile("^https?://[^\\s]+$");

  private FeedbackRules() {}

  /**
   * Texts trimmed (blank becomes absent), themes trimmed, without repeats and sorted, and a scale
   * without its score dropped: a question left unanswered says nothing.
   */
  public static FeedbackDraft normalized(FeedbackDraft d) {
    TreeSet<String> themes = new TreeSet<>();
    d.themes().stream().map(Texts::clean).filter(t -> t != null).forEach(themes::add);
    Scores s = d.scores();
    return d.withAgent(Texts.clean(d.agent()))
        .withText(Texts.clean(d.text()))
        .withThemes(List.copyOf(themes))
        .withPlatform(Texts.clean(d.platform()))
        .withLink(Texts.clean(d.link()))
        .withExternalId(Texts.clean(d.externalId()))
        .withScores(
            new Scores(
                s.nps(),
                s.csat(),
                s.csat() == null ? null : s.csatScale(),
                s.ces(),
                s.ces() == null ? null : s.cesScale()));
  }

  /** Every broken rule of the (normalized) draft; empty when it may be stored. */
  public static List<FieldError> check(FeedbackDraft d, Instant now) {
    Checks c = new Checks();
    c.required("kind", d.kind());
    c.required("customerId", d.customerId());
    if (c.required("receivedAt", d.receivedAt())) {
      c.notAhead("receivedAt", d.receivedAt(), now);
    }
    c.range("emotion", d.emotion(), Emotion.MIN, Emotion.MAX);
    d.scores().check(c, "scores.");
    if (d.kind() == FeedbackKind.REVIEW) {
      if (c.required("stars", d.stars())) {
        c.range("stars", d.stars(), STARS_MIN, STARS_MAX);
      }
    } else if (d.stars() != null) {
      c.add(
          FieldError.of("stars", "feedback.validation.starsOnReview", "Only a review has stars."));
    }
    if (d.kind() != null && d.kind().needsPlatform()) {
      c.required("platform", d.platform());
    }
    if (d.link() != null && !LINK.matcher(d.link()).matches()) {
      c.add(
          FieldError.of(
              "link", "feedback.validation.link", "Give a web address starting with https://."));
    }
    if (d.themes().size() > THEMES_MAX) {
      c.add(FieldError.of("themes", "validation.tooMany", "At most {0} entries.", THEMES_MAX));
    }
    for (int i = 0; i < d.themes().size(); i++) {
      c.length("themes[" + i + "]", d.themes().get(i), THEME_MAX);
    }
    c.length("text", d.text(), TEXT_MAX);
    c.length("agent", d.agent(), AGENT_MAX);
    c.length("platform", d.platform(), PLATFORM_MAX);
    c.length("link", d.link(), LINK_MAX);
    c.length("externalId", d.externalId(), EXTERNAL_ID_MAX);
    if (d.text() == null && d.scores().isEmpty() && d.stars() == null && d.emotion() == null) {
      c.add(
          FieldError.of(
              "text",
              "feedback.validation.empty",
              "Feedback says something: give a text, a score, stars or an emotion."));
    }
    return c.errors();
  }
}
