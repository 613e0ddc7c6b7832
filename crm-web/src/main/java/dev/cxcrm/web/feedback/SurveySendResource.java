package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.SurveySend;
import dev.cxcrm.ejb.feedback.SurveySends;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending a survey to a segment in the background, and its progress. Managers and admins. */
@Path("survey-sends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Tag(name = "Survey invitations")
public class SurveySendResource {
  private static final Set<String> FIELDS = Set.of("surveyId", "segment");

  @Inject SurveySends sends;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @Schema(
      name = "SurveySend",
      description =
          "A survey sent to a segment: its invitations are made in the background (job: STARTING,"
              + " STARTED, COMPLETED, FAILED; UNKNOWN when another server ran it) and mailed at"
              + " the server's rate. made counts the invitations made so far of total.")
  public record View(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      @Schema(type = SchemaType.INTEGER, format = "int64") long surveyId,
      String segment,
      @Schema(type = SchemaType.INTEGER, format = "int64") long total,
      @Schema(type = SchemaType.INTEGER, format = "int64") long made,
      String job,
      @Schema(description = "The invitations made by status (InvitationStatus).")
          Map<String, Long> byStatus,
      @Schema(description = "The skipped invitations by reason (SkipReason).")
          Map<String, Long> skipped,
      @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime createdAt,
      String createdBy) {
    static View of(SurveySend.Progress p, ZoneId zone) {
      SurveySend s = p.send();
      return new View(
          s.id(),
          s.surveyId(),
          s.segment(),
          s.total(),
          p.made(),
          p.job(),
          names(p.byStatus()),
          names(p.skipped()),
          s.createdAt().atZone(zone).toOffsetDateTime(),
          s.createdBy());
    }
  }

  private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    counts.forEach((k, n) -> out.put(k.name(), n));
    return out;
  }

  @Schema(name = "SurveySendList")
  public record Page(List<View> items) {}

  @POST
  @Operation(
      operationId = "createSurveySend",
      summary = "Send a survey to a segment",
      description =
          "Starts the background job that invites the segment's customers by e-mail under the"
              + " fatigue and consent rules; GET the Location for the progress.")
  @RequestBody(
      content =
          @Content(
              schema =
                  @Schema(
                      name = "SurveySendRequest",
                      requiredProperties = {"surveyId", "segment"},
                      description = "{surveyId, segment}")))
  @APIResponse(
      responseCode = "202",
      description = "Started.",
      content = @Content(schema = @Schema(ref = "SurveySend")))
  public Response start(InputStream body) {
    JsonInput in = JsonInput.read(body, FIELDS);
    in.require("surveyId");
    in.require("segment");
    Long survey = in.id("surveyId");
    String segment = in.string("segment");
    in.done();
    SurveySend s = sends.start(survey, segment);
    return Response.accepted(View.of(sends.progress(s.id()), time.zone()))
        .location(
            uri.getBaseUriBuilder()
                .path(SurveySendResource.class)
                .path(Long.toString(s.id()))
                .build())
        .build();
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Operation(operationId = "getSurveySend", summary = "The progress of a segment send")
  @APIResponse(
      responseCode = "200",
      description = "The send and how far it got.",
      content = @Content(schema = @Schema(implementation = View.class)))
  public View get(@PathParam("id") long id) {
    return View.of(sends.progress(CustomerPages.positive(id)), time.zone());
  }

  @GET
  @Operation(operationId = "listSurveySends", summary = "The latest segment sends, newest first")
  @APIResponse(
      responseCode = "200",
      description = "At most 20.",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list() {
    return new Page(sends.latest().stream().map(p -> View.of(p, time.zone())).toList());
  }
}
