package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.RelationshipType;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.journey.EmotionMapQuery;
import dev.cxcrm.ejb.journey.EmotionMapService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The emotional journey map for other systems: the numbers of {@code /journey/map.xhtml}. */
@Path("journey/emotion-map")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Journey", description = "Stages, touchpoints and how the journey feels.")
public class EmotionMapResource {
  @Inject EmotionMapService maps;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getEmotionMap",
      summary = "The emotional journey map of a period",
      description =
          "Per stage and touchpoint: interaction volume, average emotion with its sample size and the "
              + "emotion distribution. The period is whole days in the business's time zone, both ends "
              + "included; default the last 90 days, at most 731.")
  @APIResponse(
      responseCode = "200",
      description = "The map.",
      content = @Content(schema = @Schema(implementation = EmotionMapView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input; errors lists each parameter.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public EmotionMapView map(
      @Parameter(description = "First day, YYYY-MM-DD.") @QueryParam("from") String from,
      @Parameter(description = "Last day, YYYY-MM-DD.") @QueryParam("to") String to,
      @Parameter(description = "A segment label the customer has.") @QueryParam("segment")
          String segment,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "RelationshipType"))
          @QueryParam("relationshipType")
          String relationshipType,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "Channel")) @QueryParam("channel")
          String channel) {
    List<FieldError> errors = new ArrayList<>();
    EmotionMapQuery q =
        new EmotionMapQuery(
            date("from", from, errors),
            date("to", to, errors),
            segment,
            enumOf("relationshipType", relationshipType, RelationshipType.class, errors),
            enumOf("channel", channel, Channel.class, errors));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return EmotionMapView.of(maps.map(q), time.zone().getId());
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "map.validation.date", "Must be a date such as 2026-04-01."));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumOf(
      String field, String value, Class<E> type, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          FieldError.of(
              field,
              "map.validation.oneOf",
              "Must be one of {0}.",
              Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }
}
