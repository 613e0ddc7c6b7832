package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A survey as the editor holds it between requests: its texts, whether it is active, and its
 * questions as rows that can be added, removed and moved, each with its choices. Loaded questions
 * and choices keep their keys (answers are kept under them); new ones are sent without a key, so
 * the rules key them by their place ({@code q3}, {@code c2}).
 */
public class SurveyEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String titleJa;
  private String titleEn;
  private String introJa;
  private String introEn;
  private Integer recontactDays = SurveyRules.RECONTACT_DEFAULT;
  private boolean active = true;
  private final List<QuestionRow> questions = new ArrayList<>();

  /** A new survey: active, asking for the NPS to begin with. */
  static SurveyEditor blank() {
    SurveyEditor e = new SurveyEditor();
    e.questions.add(QuestionRow.of(QuestionKind.NPS));
    return e;
  }

  static SurveyEditor of(Survey s) {
    SurveyEditor e = new SurveyEditor();
    SurveyDraft d = s.content();
    e.name = d.name();
    e.titleJa = d.titleJa();
    e.titleEn = d.titleEn();
    e.introJa = d.introJa();
    e.introEn = d.introEn();
    e.recontactDays = d.recontactDays();
    e.active = s.active();
    d.questions().forEach(q -> e.questions.add(QuestionRow.of(q)));
    return e;
  }

  /**
   * The draft to store: loaded rows with their keys, new ones without (the rules key them, never
   * with another question's key).
   */
  SurveyDraft toDraft() {
    List<Question> qs = questions.stream().map(QuestionRow::toQuestion).toList();
    return new SurveyDraft(name, titleJa, titleEn, introJa, introEn, recontactDays, qs);
  }

  void addQuestion() {
    questions.add(QuestionRow.of(QuestionKind.TEXT));
  }

  void removeQuestion(int index) {
    questions.remove(index);
  }

  /** Moves the question by {@code step} places (-1 up, +1 down) if there is room. */
  boolean move(int index, int step) {
    int to = index + step;
    if (to < 0 || to >= questions.size()) {
      return false;
    }
    Collections.swap(questions, index, to);
    return true;
  }

  public List<QuestionRow> getQuestions() {
    return questions;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTitleJa() {
    return titleJa;
  }

  public void setTitleJa(String titleJa) {
    this.titleJa = titleJa;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getIntroJa() {
    return introJa;
  }

  public void setIntroJa(String introJa) {
    this.introJa = introJa;
  }

  public String getIntroEn() {
    return introEn;
  }

  public void setIntroEn(String introEn) {
    this.introEn = introEn;
  }

  public Integer getRecontactDays() {
    return recontactDays;
  }

  public void setRecontactDays(Integer recontactDays) {
    this.recontactDays = recontactDays;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /**
   * One question row. Choices typed on a choice question stay while its kind is switched back and
   * forth, but only a choice question sends them.
   */
  public static class QuestionRow extends TextRow {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_SCALE = 5;

    private String key;
    private QuestionKind kind;
    private Integer scale;
    private boolean required;
    private final List<ChoiceRow> choices = new ArrayList<>();

    static QuestionRow of(QuestionKind kind) {
      QuestionRow r = new QuestionRow();
      r.setKind(kind);
      return r;
    }

    static QuestionRow of(Question q) {
      QuestionRow r = new QuestionRow();
      r.key = q.key();
      r.kind = q.kind();
      r.scale = q.scale();
      r.setJa(q.ja());
      r.setEn(q.en());
      r.required = q.required();
      q.choices().forEach(c -> r.choices.add(new ChoiceRow(c.key(), c.ja(), c.en())));
      return r;
    }

    Question toQuestion() {
      List<Choice> cs = new ArrayList<>();
      if (kind != null && kind.choosing()) {
        choices.forEach(c -> cs.add(new Choice(c.key(), c.getJa(), c.getEn())));
      }
      return new Question(
          key, kind, kind != null && kind.scaled() ? scale : null, getJa(), getEn(), required, cs);
    }

    void addChoice() {
      choices.add(new ChoiceRow(null, null, null));
    }

    void removeChoice(int index) {
      choices.remove(index);
    }

    public boolean isScaled() {
      return kind != null && kind.scaled();
    }

    public boolean isChoosing() {
      return kind != null && kind.choosing();
    }

    public String getKey() {
      return key;
    }

    public QuestionKind getKind() {
      return kind;
    }

    /** A scaled kind starts on 5 points; a choice question with two empty choices to fill in. */
    public void setKind(QuestionKind kind) {
      this.kind = kind;
      if (isScaled() && scale == null) {
        scale = DEFAULT_SCALE;
      }
      if (isChoosing() && choices.isEmpty()) {
        addChoice();
        addChoice();
      }
    }

    public Integer getScale() {
      return scale;
    }

    public void setScale(Integer scale) {
      this.scale = scale;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public List<ChoiceRow> getChoices() {
      return choices;
    }
  }

  /** One choice row of a choice question. */
  public static class ChoiceRow extends TextRow {
    private static final long serialVersionUID = 1L;

    private final String key;

    ChoiceRow(String key, String ja, String en) {
      this.key = key;
      setJa(ja);
      setEn(en);
    }

    String key() {
      return key;
    }
  }

  /** A row with a text in Japanese and in English. */
  public abstract static class TextRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String ja;
    private String en;

    public String getJa() {
      return ja;
    }

    public void setJa(String ja) {
      this.ja = ja;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en;
    }
  }
}
