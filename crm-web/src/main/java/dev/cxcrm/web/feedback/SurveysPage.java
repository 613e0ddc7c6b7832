package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.feedback.SurveyService;
import dev.cxcrm.web.shared.BundleTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * The surveys page for managers: the list of surveys, and one survey in the editor with a preview
 * of what the customer will see in either language. Saving goes through {@link SurveyService} with
 * the version that was loaded; a change after the first invitation is stored as a new version, and
 * the page says so.
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "editor";

  @Inject SurveyService surveys;
  @Inject FeedbackText text;

  private transient List<Survey> list;

  /** The survey in the editor, or null while the editor is closed. */
  private SurveyEditor editor;

  /** The stored survey being edited (null: a new one), its row version and version number. */
  private Long surveyId;

  private int version;
  private int number;
  private String previewLanguage = "ja";
  private transient SurveyDraft preview;

  public List<Survey> getSurveys() {
    if (list == null) {
      list = surveys.all();
    }
    return list;
  }

  public void startNew() {
    surveyId = null;
    editor = SurveyEditor.blank();
    preview = null;
    focus(FORM + ":name");
  }

  /** Opens the survey as it is stored now (not as the list showed it). */
  public void edit(Survey shown) {
    load(surveys.get(shown.id()));
    focus(FORM + ":name");
  }

  public void close() {
    editor = null;
    surveyId = null;
    preview = null;
  }

  public void save() {
    SurveyDraft d = editor.toDraft();
    try {
      boolean creating = surveyId == null;
      int before = number;
      Survey saved =
          creating
              ? surveys.create(d, editor.isActive())
              : surveys.change(surveyId, version, d, editor.isActive());
      if (creating) {
        text.info("survey.created", saved.content().name());
      } else if (saved.number() > before) {
        text.info("survey.newVersion", saved.number());
      } else {
        text.info("survey.saved", saved.content().name());
      }
      load(saved);
      list = null;
    } catch (InvalidInput e) {
      ResourceBundle b = BundleTexts.named("fb");
      List<FieldError> onPage =
          e.errors().stream()
              .map(f -> new FieldError(inputOf(f.field()), f.messageKey(), f.args(), f.message()))
              .toList();
      BundleTexts.showNextToFields(
          FORM, onPage, f -> BundleTexts.message(b, f, b.getLocale()), false);
    } catch (StaleVersion e) {
      BundleTexts.showNextToFields(
          FORM,
          List.of(FieldError.of("", "survey.stale", e.getMessage())),
          f -> text.text("survey.stale"),
          false);
    } catch (DomainException e) {
      text.show(e, FORM);
    }
  }

  /**
   * The input of the editor a rule's field names: {@code questions[2].en} is the English text of
   * the third question row ({@code questions:2:en}), {@code questions[1].choices[0].ja} that of its
   * first choice; a key (not typed) stands for its row, the count of questions or choices for its
   * group.
   */
  static String inputOf(String field) {
    String f =
        field
            .replaceAll("^questions$", "questionsGroup")
            .replaceAll("^questions\\[(\\d+)]\\.key$", "questions[$1].question")
            .replaceAll(
                "^questions\\[(\\d+)]\\.choices(\\[\\d+]\\.key)?$", "questions[$1].choicesGroup");
    return f.replaceAll("\\[(\\d+)]\\.", ":$1:");
  }

  public void addQuestion() {
    editor.addQuestion();
    focus(row(editor.getQuestions().size() - 1) + "kind");
  }

  public void removeQuestion(int index) {
    editor.removeQuestion(index);
    int left = editor.getQuestions().size();
    focus(left == 0 ? FORM + ":addQuestion" : row(Math.min(index, left - 1)) + "kind");
  }

  /**
   * Moves the question up (-1) or down (+1); the caret follows it, on a button that still works.
   */
  public void move(int index, int step) {
    if (!editor.move(index, step)) {
      return;
    }
    int to = index + step;
    boolean stillMoves = step < 0 ? to > 0 : to < editor.getQuestions().size() - 1;
    String same = step < 0 ? "up" : "down";
    String other = step < 0 ? "down" : "up";
    focus(row(to) + (stillMoves ? same : other));
  }

  public void addChoice(int question) {
    SurveyEditor.QuestionRow q = editor.getQuestions().get(question);
    q.addChoice();
    focus(row(question) + "choices:" + (q.getChoices().size() - 1) + ":ja");
  }

  public void removeChoice(int question, int choice) {
    editor.getQuestions().get(question).removeChoice(choice);
    focus(row(question) + "addChoice");
  }

  /** Shows the preview of the editor as it is now. */
  public void showPreview() {
    preview = SurveyRules.normalized(editor.toDraft());
  }

  /** What the customer would see: the editor's draft keyed as it will be stored. */
  public SurveyDraft getPreview() {
    if (preview == null && editor != null) {
      showPreview();
    }
    return preview;
  }

  /** The preview's answers: none, as its inputs are disabled. */
  public Map<String, Object> getNoAnswers() {
    return new HashMap<>();
  }

  private void load(Survey s) {
    surveyId = s.id();
    version = s.version();
    number = s.number();
    editor = SurveyEditor.of(s);
    preview = null;
  }

  private static String row(int index) {
    return FORM + ":questions:" + index + ":";
  }

  /**
   * Puts the caret on an input or button by its client id, in the browser: an id with the row index
   * of a {@code ui:repeat} is not a search expression PrimeFaces resolves on the server, and its
   * {@code PrimeFaces.focus} skips buttons.
   */
  private static void focus(String clientId) {
    String script =
        "var e = document.getElementById('%1$s');"
            + " if (e && e.tagName === 'BUTTON') { e.focus(); } else { PrimeFaces.focus('%1$s'); }";
    PrimeFaces.current().executeScript(script.formatted(clientId));
  }

  public boolean isOpen() {
    return editor != null;
  }

  public boolean isEditing() {
    return surveyId != null;
  }

  public SurveyEditor getEditor() {
    return editor;
  }

  public int getNumber() {
    return number;
  }

  public String getPreviewLanguage() {
    return previewLanguage;
  }

  public void setPreviewLanguage(String previewLanguage) {
    this.previewLanguage = "en".equals(previewLanguage) ? "en" : "ja";
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public List<Integer> getScales() {
    return Scores.SCALES.stream().sorted().toList();
  }
}
