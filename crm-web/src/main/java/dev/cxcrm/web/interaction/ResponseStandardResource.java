package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.interaction.ResponsePolicy;
import dev.cxcrm.domain.interaction.ResponseStandard;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.interaction.ResponseDeadlines;
import dev.cxcrm.ejb.interaction.ResponseStandards;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The response-time standard of each channel: every key reads them, manager and admin keys change
 * them. A change counts for contacts logged from then on.
 */
@Path("response-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(
    name = "Response standards",
    description = "How soon a contact on each channel must be answered.")
@APIResponse(
    responseCode = "403",
    description = "Only manager and admin keys change standards.",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ResponseStandardResource {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * needsAnswer follows from the mode: accepted, so a client may send back what it read, and
   * ignored.
   */
  private static final Set<String> FIELDS = Set.of("channel", "mode", "hours", "needsAnswer");

  @Inject ResponseStandards standards;
  @Inject CurrentActor currentActor;
  @Inject ResponseDeadlines deadlines;

  /**
   * One channel's standard. {@code hours} is set for the modes that count hours and null for the
   * others; {@code needsAnswer} is false only for NO_ANSWER.
   */
  @JsonbNillable
  @Schema(name = "ResponseStandard")
  public record StandardJson(
      @Schema(ref = "Channel") String channel,
      @Schema(
              ref = "ResponseMode",
              description =
                  "ELAPSED_HOURS: real hours; BUSINESS_HOURS: open hours on business days only; "
                      + "SAME_BUSINESS_DAY: closing time that day, or of the next business day when "
                      + "received after closing; NO_ANSWER: needs none.")
          String mode,
      @Schema(type = SchemaType.INTEGER, description = "1 to 8760 for the hour modes, else null.")
          Integer hours,
      boolean needsAnswer) {
    static StandardJson of(ResponseStandard s) {
      return new StandardJson(s.channel().name(), s.mode().name(), s.hours(), s.needsAnswer());
    }
  }

  @GET
  @Operation(
      operationId = "listResponseStandards",
      summary = "The response standard of every channel")
  @APIResponse(
      responseCode = "200",
      description = "One entry per channel.",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StandardJson.class)))
  public List<StandardJson> list() {
    return standards.standards().stream().map(StandardJson::of).toList();
  }

  @PUT
  @Path("{channel}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "changeResponseStandard",
      summary = "Change a channel's response standard",
      description =
          "Body: mode and, for the hour modes, hours. channel and needsAnswer may be sent back as "
              + "read; channel must then match the path. Deadlines already set do not move.")
  @RequestBody(content = @Content(schema = @Schema(implementation = StandardJson.class)))
  @APIResponse(
      responseCode = "200",
      description = "The standard as saved.",
      content = @Content(schema = @Schema(implementation = StandardJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such channel.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public StandardJson change(
      @Parameter(schema = @Schema(ref = "Channel")) @PathParam("channel") String channel,
      JsonValue body) {
    Channel c = channelOf(channel);
    JsonInput in = JsonInput.of(body, FIELDS);
    Channel sent = in.enumValue("channel", Channel.class);
    ResponseMode mode = in.enumValue("mode", ResponseMode.class);
    Integer hours = in.integer("hours");
    in.done();
    if (sent != null && sent != c) {
      throw InvalidInput.of(
          "channel", "std.channel.mismatch", "Must be the channel of the address, {0}.", c.name());
    }
    return StandardJson.of(standards.change(currentActor.actor(), c, mode, hours));
  }

  /** When a contact would be due: what ResponseDeadlines answers for new interactions. */
  @JsonbNillable
  @Schema(name = "ResponseDeadline")
  public record DeadlineJson(
      String channel,
      @Schema(description = "ISO-8601 with the calendar zone's offset.") String receivedAt,
      @Schema(
              description =
                  "ISO-8601 with the calendar zone's offset; null when no answer is needed.")
          String dueAt,
      boolean needsAnswer) {}

  @GET
  @Path("deadline")
  @Operation(
      operationId = "getResponseDeadline",
      summary = "When a contact received at a given time would be due",
      description =
          "Under the standards, calendar and holidays as they are now: the same rule that sets the "
              + "dueAt of a new inbound interaction.")
  @APIResponse(
      responseCode = "200",
      description = "The deadline.",
      content = @Content(schema = @Schema(implementation = DeadlineJson.class)))
  public DeadlineJson deadline(
      @Parameter(required = true, schema = @Schema(ref = "Channel")) @QueryParam("channel")
          String channel,
      @Parameter(
              required = true,
              description = "ISO-8601 with offset, e.g. 2026-11-27T18:01:00+09:00")
          @QueryParam("receivedAt")
          String receivedAt) {
    QueryInput in = new QueryInput();
    in.require("channel", channel);
    in.require("receivedAt", receivedAt);
    Channel c = in.enumValue("channel", channel, Channel.class);
    Instant at = in.instant("receivedAt", receivedAt);
    in.done();
    ResponsePolicy policy = deadlines.policy();
    ZoneId zone = policy.calendar().zone();
    Optional<Instant> due = policy.dueAt(c, at);
    return new DeadlineJson(
        c.name(),
        ISO.format(at.atZone(zone)),
        due.map(d -> ISO.format(d.atZone(zone))).orElse(null),
        due.isPresent());
  }

  static Channel channelOf(String name) {
    try {
      return Channel.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new NotFound("The channel " + name);
    }
  }
}
