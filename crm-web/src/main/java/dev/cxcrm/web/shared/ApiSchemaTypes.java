package dev.cxcrm.web.shared;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.FollowUpStatus;
import dev.cxcrm.domain.feedback.NpsGroup;
import dev.cxcrm.domain.feedback.ReferralStatus;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.QuestionKind;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.interaction.TimelineKind;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.journey.PriorityScore;
import dev.cxcrm.domain.metrics.BenchmarkKind;
import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.playbook.TaskStatus;
import dev.cxcrm.domain.playbook.Trigger;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.customer.BulkResult;
import dev.cxcrm.ejb.shared.BulkOutcome;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells the OpenAPI generator how the API's Java types look in JSON, through the standard {@code
 * mp.openapi.schema.<class>} keys: each enum becomes a named string schema whose values are read
 * from the enum itself (so adding a constant updates /openapi), and instants and dates become
 * strings with their formats (Payara would type them {@code object}). Every field of such a type,
 * wherever it appears, then refers to that schema. Query parameters that are read as text refer to
 * an enum's schema with {@code @Schema(ref = "Lifecycle")}.
 */
public class ApiSchemaTypes implements ConfigSource {
  /** The enums that requests and answers of /api carry. */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          AuditEntry.Action.class,
          BenchmarkKind.class,
          BulkOutcome.Status.class,
          BulkResult.Status.class,
          CasePriority.class,
          CaseStatus.class,
          CaseType.class,
          Channel.class,
          CustomerKind.class,
          Direction.class,
          FeedbackKind.class,
          FollowUpStatus.class,
          NpsGroup.class,
          InvitationChannel.class,
          InvitationStatus.class,
          QuestionKind.class,
          SkipReason.class,
          SurveyTrigger.class,
          ReferralStatus.class,
          Purpose.class,
          JourneyStage.class,
          Lifecycle.class,
          PainPointStatus.class,
          PriorityScore.Basis.class,
          ProactiveFigures.By.class,
          Assignment.class,
          Trigger.class,
          TaskStatus.class,
          ImportantDateKind.class,
          RelationshipType.class,
          ResponseMode.class,
          Role.class,
          RootCauseCategory.class,
          TimelineKind.class);

  private static final String PREFIX = "mp.openapi.schema.";
  private static final Map<String, String> PROPERTIES = properties();

  @Override
  public Set<String> getPropertyNames() {
    return PROPERTIES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return PROPERTIES.get(propertyName);
  }

  @Override
  public String getName() {
    return "openapi-schema-types";
  }

  /**
   * The schema's name: the enum's simple name, after its enclosing class's for a nested enum
   * ({@code BulkResult.Status} is {@code BulkResultStatus}), so that no two names collide.
   */
  static String schemaName(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? type.getSimpleName() : outer.getSimpleName() + type.getSimpleName();
  }

  private static Map<String, String> properties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(PREFIX + Instant.class.getName(), scalar("date-time"));
    p.put(PREFIX + LocalDate.class.getName(), scalar("date"));

    for (Class<? extends Enum<?>> type : ENUMS) {
      JsonArrayBuilder names = Json.createArrayBuilder();
      Arrays.stream(type.getEnumConstants()).forEach(e -> names.add(e.name()));
      String schema =
          Json.createObjectBuilder()
              .add("name", schemaName(type))
              .add("type", "string")
              .add("enum", names)
              .build()
              .toString();
      p.put(PREFIX + type.getName(), schema);
    }
    return Map.copyOf(p);
  }

  private static String scalar(String format) {
    return Json.createObjectBuilder()
        .add("type", "string")
        .add("format", format)
        .build()
        .toString();
  }
}
