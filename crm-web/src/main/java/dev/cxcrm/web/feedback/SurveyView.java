package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyRules;
import dev.cxcrm.web.shared.VersionedView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey as the API shows it and as a client writes it (read-only fields are ignored); its row
 * version travels as the ETag.
 */
@JsonbNillable
@Schema(
    name = "Survey",
    description =
        "A survey definition with its questions in ja and en. At most one NPS, one CSAT and one CES"
            + " question. Changing it after anyone was invited makes a new version (number + 1);"
            + " invitations and answers keep the version they were asked in. questions: 1 to 30"
            + " (required); choices: 2 to 20, on SINGLE and MULTIPLE questions only. On input, unknown"
            + " fields are refused; id, number, answers, changedAt, changedBy and version are"
            + " ignored.")
public record SurveyView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true, maxLength = SurveyRules.NAME_MAX, description = "For staff.")
        String name,
    @Schema(required = true, maxLength = SurveyRules.TITLE_MAX) String titleJa,
    @Schema(required = true, maxLength = SurveyRules.TITLE_MAX) String titleEn,
    @Schema(nullable = true, maxLength = SurveyRules.INTRO_MAX) String introJa,
    @Schema(nullable = true, maxLength = SurveyRules.INTRO_MAX) String introEn,
    @Schema(
            nullable = true,
            minimum = "0",
            maximum = "3650",
            description = "Days before the same customer is asked this survey again; default 90.")
        Integer recontactDays,
    @Schema(description = "Whether invitations go out; default true.") Boolean active,
    List<QuestionView> questions,
    @Schema(readOnly = true, description = "The number of the current version, from 1.")
        Integer number,
    @Schema(
            readOnly = true,
            type = SchemaType.INTEGER,
            format = "int64",
            description = "Finished answers to the current version.")
        Long answers,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
        OffsetDateTime changedAt,
    @Schema(readOnly = true) String changedBy,
    @Schema(readOnly = true, description = "Also sent as the ETag; send it back in If-Match.")
        int version)
    implements VersionedView {

  @JsonbNillable
  @Schema(name = "SurveyQuestion")
  public record QuestionView(
      @Schema(
              nullable = true,
              description =
                  "Stable across versions (a-z, 0-9, _ and -, at most 30); left out: q1, q2, ...")
          String key,
      @Schema(required = true) QuestionKind kind,
      @Schema(nullable = true, description = "CSAT and CES only: 5 or 7.") Integer scale,
      @Schema(required = true, maxLength = SurveyRules.TEXT_MAX) String ja,
      @Schema(required = true, maxLength = SurveyRules.TEXT_MAX) String en,
      @Schema(description = "Needed to finish; default false.") Boolean required,
      List<ChoiceView> choices) {}

  @JsonbNillable
  @Schema(name = "SurveyChoice")
  public record ChoiceView(
      @Schema(nullable = true, description = "Left out: c1, c2, ...") String key,
      @Schema(required = true) String ja,
      @Schema(required = true) String en) {}

  @Schema(name = "SurveyList")
  public record Page(List<SurveyView> items) {}

  static SurveyView of(Survey s, ZoneId zone) {
    return of(
        s.id(),
        s.number(),
        s.content(),
        s.active(),
        s.answers(),
        s.changedAt().atZone(zone).toOffsetDateTime(),
        s.changedBy(),
        s.version());
  }

  /** One version's definition as asked (no row data). */
  static SurveyView definition(long id, int number, SurveyDraft d) {
    return of(id, number, d, null, null, null, null, 0);
  }

  private static SurveyView of(
      long id,
      int number,
      SurveyDraft d,
      Boolean active,
      Long answers,
      OffsetDateTime changedAt,
      String changedBy,
      int version) {
    return new SurveyView(
        id,
        d.name(),
        d.titleJa(),
        d.titleEn(),
        d.introJa(),
        d.introEn(),
        d.recontactDays(),
        active,
        questions(d),
        number,
        answers,
        changedAt,
        changedBy,
        version);
  }

  private static List<QuestionView> questions(SurveyDraft d) {
    return d.questions().stream()
        .map(
            q ->
                new QuestionView(
                    q.key(),
                    q.kind(),
                    q.scale(),
                    q.ja(),
                    q.en(),
                    q.required(),
                    q.choices().stream()
                        .map(c -> new ChoiceView(c.key(), c.ja(), c.en()))
                        .toList()))
        .toList();
  }
}
