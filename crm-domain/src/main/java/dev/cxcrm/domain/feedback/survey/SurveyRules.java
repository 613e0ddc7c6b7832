package dev.cxcrm.domain.feedback.survey;

import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a survey definition must be before it is stored: a name, title in ja and en, 1 to {@value
 * #QUESTIONS_MAX} questions each with its text in both languages and unique keys, the scale of CSAT
 * and CES questions (5 or 7), 2 to {@value #CHOICES_MAX} choices on choice questions and none
 * elsewhere, and at most one NPS, one CSAT and one CES question (the answer's feedback record
 * carries one of each, so every score counts once in its metric).
 */
public final class SurveyRules {
  public static final int NAME_MAX = 100;
  public static final int TITLE_MAX = 200;
  public static final int INTRO_MAX = 2000;
  public static final int TEXT_MAX = 500;
  public static final int QUESTIONS_MAX = 30;
  public static final int CHOICES_MAX = 20;
  public static final int RECONTACT_DEFAULT = 90;
  public static final int RECONTACT_MAX = 3650;
  private static final Pattern KEY = Pattern.compile("^[a-z0-9_-]{1,30}$");

  private SurveyRules() {}

  /**
   * Texts trimmed (blank is absent), questions without a key keyed by their place ({@code q1},
   * {@code q2}, ...), choices likewise ({@code c1}, ...), the recontact period 90 days when left
   * out, and a scale only on CSAT and CES questions.
   */
  public static SurveyDraft normalized(SurveyDraft d) {
    List<Question> given = d.questions().stream().filter(q -> q != null).toList();
    List<String> keys = keys(given.stream().map(Question::key).toList(), "q");
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Question q = given.get(i);
      List<String> choiceKeys = keys(q.choices().stream().map(Choice::key).toList(), "c");
      List<Choice> choices = new ArrayList<>();
      for (int j = 0; j < q.choices().size(); j++) {
        Choice c = q.choices().get(j);
        choices.add(new Choice(choiceKeys.get(j), Texts.clean(c.ja()), Texts.clean(c.en())));
      }
      questions.add(
          new Question(
              keys.get(i),
              q.kind(),
              q.kind() != null && q.kind().scaled() ? q.scale() : null,
              Texts.clean(q.ja()),
              Texts.clean(q.en()),
              q.required(),
              choices));
    }
    return new SurveyDraft(
        Texts.clean(d.name()),
        Texts.clean(d.titleJa()),
        Texts.clean(d.titleEn()),
        Texts.clean(d.introJa()),
        Texts.clean(d.introEn()),
        d.recontactDays() == null ? RECONTACT_DEFAULT : d.recontactDays(),
        questions);
  }

  /**
   * The keys as given, a blank one replaced by {@code prefix} and its place ({@code q3}), or when
   * another entry has that key already, the next such key that none has: a question added in place
   * of a removed one never takes the key (and so the answers) of another.
   */
  private static List<String> keys(List<String> given, String prefix) {
    Set<String> taken = new HashSet<>();
    given.stream().map(Texts::clean).filter(k -> k != null).forEach(taken::add);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String key = Texts.clean(given.get(i));
      if (key == null) {
        int n = i + 1;
        while (taken.contains(prefix + n)) {
          n++;
        }
        key = prefix + n;
        taken.add(key);
      }
      out.add(key);
    }
    return out;
  }

  /** Every broken rule of the (normalized) definition; empty when it may be stored. */
  public static List<FieldError> check(SurveyDraft d) {
    Checks c = new Checks();
    c.required("name", d.name());
    c.length("name", d.name(), NAME_MAX);
    c.required("titleJa", d.titleJa());
    c.required("titleEn", d.titleEn());
    c.length("titleJa", d.titleJa(), TITLE_MAX);
    c.length("titleEn", d.titleEn(), TITLE_MAX);
    c.length("introJa", d.introJa(), INTRO_MAX);
    c.length("introEn", d.introEn(), INTRO_MAX);
    c.range("recontactDays", d.recontactDays(), 0, RECONTACT_MAX);
    if (d.questions().isEmpty()) {
      c.add(
          FieldError.of(
              "questions", "survey.validation.noQuestions", "Ask at least one question."));
    } else if (d.questions().size() > QUESTIONS_MAX) {
      c.add(
          FieldError.of("questions", "validation.tooMany", "At most {0} entries.", QUESTIONS_MAX));
    }
    Set<String> keys = new HashSet<>();
    Set<QuestionKind> scored = new HashSet<>();
    for (int i = 0; i < d.questions().size(); i++) {
      question(c, "questions[" + i + "].", d.questions().get(i), keys, scored);
    }
    return c.errors();
  }

  private static void question(
      Checks c, String at, Question q, Set<String> keys, Set<QuestionKind> scored) {
    if (!KEY.matcher(q.key()).matches()) {
      c.add(
          FieldError.of(at + "key", "survey.validation.key", "Use 1 to 30 of a–z, 0–9, _ and -."));
    } else if (!keys.add(q.key())) {
      c.add(FieldError.of(at + "key", "survey.validation.keyTwice", "Another question has it."));
    }
    c.required(at + "ja", q.ja());
    c.required(at + "en", q.en());
    c.length(at + "ja", q.ja(), TEXT_MAX);
    c.length(at + "en", q.en(), TEXT_MAX);
    if (!c.required(at + "kind", q.kind())) {
      return;
    }
    if (q.kind().scored() && !scored.add(q.kind())) {
      c.add(
          FieldError.of(
              at + "kind",
              "survey.validation.scoreTwice",
              "A survey asks for each score (NPS, CSAT, CES) at most once."));
    }
    if (q.kind().scaled() && (q.scale() == null || !Scores.SCALES.contains(q.scale()))) {
      c.add(FieldError.of(at + "scale", "feedback.validation.scale", "Give the scale: 5 or 7."));
    }
    choices(c, at, q);
  }

  private static void choices(Checks c, String at, Question q) {
    if (!q.kind().choosing()) {
      if (!q.choices().isEmpty()) {
        c.add(
            FieldError.of(
                at + "choices",
                "survey.validation.noChoices",
                "Only choice questions have choices."));
      }
      return;
    }
    if (q.choices().size() < 2 || q.choices().size() > CHOICES_MAX) {
      c.add(
          FieldError.of(
              at + "choices",
              "survey.validation.choiceCount",
              "Give from 2 to {0} choices.",
              CHOICES_MAX));
    }
    Set<String> keys = new HashSet<>();
    for (int j = 0; j < q.choices().size(); j++) {
      Choice ch = q.choices().get(j);
      String cat = at + "choices[" + j + "].";
      if (!KEY.matcher(ch.key()).matches()) {
        c.add(
            FieldError.of(
                cat + "key", "survey.validation.key", "Use 1 to 30 of a–z, 0–9, _ and -."));
      } else if (!keys.add(ch.key())) {
        c.add(FieldError.of(cat + "key", "survey.validation.keyTwice", "Another choice has it."));
      }
      c.required(cat + "ja", ch.ja());
      c.required(cat + "en", ch.en());
      c.length(cat + "ja", ch.ja(), TEXT_MAX);
      c.length(cat + "en", ch.en(), TEXT_MAX);
    }
  }
}
