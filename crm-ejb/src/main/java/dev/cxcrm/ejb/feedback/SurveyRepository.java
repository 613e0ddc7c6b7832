package dev.cxcrm.ejb.feedback;

import static dev.cxcrm.ejb.shared.persistence.Jdbc.ids;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.instant;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.integer;
import static dev.cxcrm.ejb.shared.persistence.Jdbc.time;

import dev.cxcrm.domain.feedback.survey.Choice;
import dev.cxcrm.domain.feedback.survey.Question;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.shared.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Surveys as stored: a row per survey, and per definition it has had a version row with its
 * questions and choices, never changed once an invitation names it.
 */
@ApplicationScoped
public class SurveyRepository {
  private static final String SURVEY =
      "select s.id, s.version, s.current_number, s.active, s.name, s.changed_at, s.changed_by,"
          + " (select count(*) from survey_invitation i where i.survey_id = s.id"
          + " and i.survey_number = s.current_number and i.status = 'ANSWERED') from survey s";

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /**
   * Stores a new survey with its first definition; answers its id. Public for the sample data; the
   * feature's service checks a definition first.
   */
  public long insert(SurveyDraft d, boolean active, String actor, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      long id = ids(c, "survey_seq", 1).get(0);
      Jdbc.update(
          dataSource,
          "insert into survey (id, version, name, active, current_number, changed_at, changed_by)"
              + " values (?, 1, ?, ?, 1, ?, ?)",
          List.of(id, d.name(), active, time(now), actor));
      insertVersion(id, 1, d, now);
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Storing a survey failed", e);
    }
  }

  /**
   * Changes the survey's row under its version (false when another change came first), and its
   * definition: in place while no invitation names it, else as definition {@code number + 1}.
   */
  boolean change(Survey s, SurveyDraft d, boolean active, String actor, Instant now) {
    boolean keep = unnamed(s.content()).equals(unnamed(d));
    boolean fresh = !keep && invited(s.id(), s.number());
    int number = fresh ? s.number() + 1 : s.number();
    int changed =
        Jdbc.update(
            dataSource,
            "update survey set version = version + 1, name = ?, active = ?, current_number = ?,"
                + " changed_at = ?, changed_by = ? where id = ? and version = ?",
            List.of(d.name(), active, number, time(now), actor, s.id(), s.version()));
    if (changed == 0) {
      return false;
    }
    if (fresh) {
      insertVersion(s.id(), number, d, now);
    } else if (!keep) {
      deleteVersionParts(s.id(), number);
      Jdbc.update(
          dataSource,
          "delete from survey_version where survey_id = ? and number = ?",
          List.of(s.id(), number));
      insertVersion(s.id(), number, d, now);
    }
    return true;
  }

  /** The definition without the survey's name, which is not part of it. */
  private static SurveyDraft unnamed(SurveyDraft d) {
    return new SurveyDraft(
        null, d.titleJa(), d.titleEn(), d.introJa(), d.introEn(), d.recontactDays(), d.questions());
  }

  private boolean invited(long surveyId, int number) {
    return !Jdbc.list(
            dataSource,
            "select 1 from survey_invitation where survey_id = ? and survey_number = ?"
                + " fetch first 1 rows only",
            List.of(surveyId, number),
            r -> 1)
        .isEmpty();
  }

  private void deleteVersionParts(long surveyId, int number) {
    for (String table : List.of("survey_choice", "survey_question")) {
      Jdbc.update(
          dataSource,
          "delete from " + table + " where survey_id = ? and number = ?",
          List.of(surveyId, number));
    }
  }

  private void insertVersion(long surveyId, int number, SurveyDraft d, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into survey_version (survey_id, number, title_ja, title_en, intro_ja,"
                  + " intro_en, recontact_days, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, surveyId);
        s.setInt(2, number);
        s.setString(3, d.titleJa());
        s.setString(4, d.titleEn());
        s.setString(5, d.introJa());
        s.setString(6, d.introEn());
        s.setInt(7, d.recontactDays());
        s.setObject(8, time(now));
        s.executeUpdate();
      }
      try (PreparedStatement q =
              c.prepareStatement(
                  "insert into survey_question (survey_id, number, position, question, kind,"
                      + " scale, text_ja, text_en, required) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement ch =
              c.prepareStatement(
                  "insert into survey_choice (survey_id, number, question, position, choice,"
                      + " text_ja, text_en) values (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < d.questions().size(); i++) {
          Question x = d.questions().get(i);
          q.setLong(1, surveyId);
          q.setInt(2, number);
          q.setInt(3, i);
          q.setString(4, x.key());
          q.setString(5, x.kind().name());
          Jdbc.setSmall(q, 6, x.scale());
          q.setString(7, x.ja());
          q.setString(8, x.en());
          q.setBoolean(9, x.required());
          q.addBatch();
          for (int j = 0; j < x.choices().size(); j++) {
            Choice y = x.choices().get(j);
            ch.setLong(1, surveyId);
            ch.setInt(2, number);
            ch.setString(3, x.key());
            ch.setInt(4, j);
            ch.setString(5, y.key());
            ch.setString(6, y.ja());
            ch.setString(7, y.en());
            ch.addBatch();
          }
        }
        q.executeBatch();
        ch.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Storing a survey definition failed", e);
    }
  }

  Optional<Survey> find(long id) {
    return surveys(" where s.id = ?", List.of(id)).stream().findFirst();
  }

  /** Every survey by name (a business keeps tens, not thousands). */
  List<Survey> all() {
    return surveys(" order by s.name, s.id", List.of());
  }

  private List<Survey> surveys(String where, List<Object> params) {
    record Row(
        long id,
        int version,
        int number,
        boolean active,
        String name,
        Instant at,
        String by,
        long answers) {}
    List<Row> rows =
        Jdbc.list(
            dataSource,
            SURVEY + where,
            params,
            r ->
                new Row(
                    r.getLong(1),
                    r.getInt(2),
                    r.getInt(3),
                    r.getBoolean(4),
                    r.getString(5),
                    instant(r.getObject(6)),
                    r.getString(7),
                    r.getLong(8)));
    List<Survey> out = new ArrayList<>();
    for (Row r : rows) {
      SurveyDraft d = definition(r.id(), r.number()).orElseThrow();
      out.add(
          new Survey(
              r.id(),
              r.version(),
              r.number(),
              r.active(),
              new SurveyDraft(
                  r.name(),
                  d.titleJa(),
                  d.titleEn(),
                  d.introJa(),
                  d.introEn(),
                  d.recontactDays(),
                  d.questions()),
              r.answers(),
              r.at(),
              r.by()));
    }
    return out;
  }

  /** The survey each automatic trigger sends, by trigger. */
  Map<SurveyTrigger, Long> automations() {
    Map<SurveyTrigger, Long> out = new java.util.EnumMap<>(SurveyTrigger.class);
    Jdbc.list(
            dataSource,
            "select trigger_kind, survey_id from survey_automation",
            List.of(),
            r -> Map.entry(SurveyTrigger.valueOf(r.getString(1)), r.getLong(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Sets the survey a trigger sends (null: the trigger sends nothing). */
  void automate(SurveyTrigger trigger, Long surveyId, String actor, Instant now) {
    Jdbc.update(
        dataSource,
        "delete from survey_automation where trigger_kind = ?",
        List.of(trigger.name()));
    if (surveyId != null) {
      Jdbc.update(
          dataSource,
          "insert into survey_automation (trigger_kind, survey_id, changed_at, changed_by)"
              + " values (?, ?, ?, ?)",
          List.of(trigger.name(), surveyId, time(now), actor));
    }
  }

  /** Definition {@code number} of the survey (its name is the survey's current one). */
  Optional<SurveyDraft> definition(long surveyId, int number) {
    List<SurveyDraft> heads =
        Jdbc.list(
            dataSource,
            "select s.name, v.title_ja, v.title_en, v.intro_ja, v.intro_en, v.recontact_days"
                + " from survey_version v join survey s on s.id = v.survey_id"
                + " where v.survey_id = ? and v.number = ?",
            List.of(surveyId, number),
            r ->
                new SurveyDraft(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getInt(6),
                    List.of()));
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Choice>> choices = new HashMap<>();
    Jdbc.list(
            dataSource,
            "select question, choice, text_ja, text_en from survey_choice"
                + " where survey_id = ? and number = ? order by question, position",
            List.of(surveyId, number),
            r ->
                Map.entry(
                    r.getString(1), new Choice(r.getString(2), r.getString(3), r.getString(4))))
        .forEach(
            e -> choices.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Question> questions =
        Jdbc.list(
            dataSource,
            "select question, kind, scale, text_ja, text_en, required from survey_question"
                + " where survey_id = ? and number = ? order by position",
            List.of(surveyId, number),
            r ->
                new Question(
                    r.getString(1),
                    QuestionKind.valueOf(r.getString(2)),
                    integer(r, 3),
                    r.getString(4),
                    r.getString(5),
                    r.getBoolean(6),
                    choices.getOrDefault(r.getString(1), List.of())));
    SurveyDraft h = heads.get(0);
    return Optional.of(
        new SurveyDraft(
            h.name(),
            h.titleJa(),
            h.titleEn(),
            h.introJa(),
            h.introEn(),
            h.recontactDays(),
            questions));
  }
}
