package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.journey.EmotionMapQuery;
import dev.cxcrm.ejb.journey.EmotionMapService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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
  public EmotionMapView map(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(description = "A segment label the customer has.") @QueryParam("segment")
          String segment,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "RelationshipType"))
          @QueryParam("relationshipType")
          String relationshipType,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "Channel")) @QueryParam("channel")
          String channel) {
    QueryInput in = new QueryInput();
    LocalDate first = in.date("from", from);
    LocalDate last = in.date("to", to);
    RelationshipType type =
        in.enumValue("relationshipType", relationshipType, RelationshipType.class);
    Channel c = in.enumValue("channel", channel, Channel.class);
    in.done();
    ReportPeriod period = EmotionMap.PERIOD.period(first, last, time.today());
    EmotionMapQuery q = new EmotionMapQuery(period.from(), period.to(), segment, type, c);
    return EmotionMapView.of(maps.map(q), time.zone().getId());
  }
}
