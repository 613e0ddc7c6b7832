package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.interaction.Holiday;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.interaction.ResponseStandards;
import dev.cxcrm.web.security.CurrentActor;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * The business calendar that business-hour standards and the phone's same-day rule count on:
 * working days, opening and closing time, time zone and holidays. Every key reads it; manager and
 * admin keys change it.
 */
@Path("business-calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Business calendar", description = "When the business is open, and its holidays.")
@APIResponse(
    responseCode = "403",
    description = "Only manager and admin keys change the calendar.",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class BusinessCalendarResource {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final Set<String> CALENDAR_FIELDS =
      Set.of("workingDays", "opensAt", "closesAt", "zone");
  private static final Set<String> HOLIDAY_FIELDS = Set.of("date", "name");

  @Inject ResponseStandards standards;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** Working days as MONDAY..SUNDAY, times as HH:mm in the zone, a region zone id. */
  @Schema(name = "BusinessCalendar")
  public record CalendarJson(
      @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              description = "MONDAY to SUNDAY, at least one.")
          List<DayOfWeek> workingDays,
      @Schema(example = "09:00") String opensAt,
      @Schema(example = "18:00") String closesAt,
      @Schema(example = "Asia/Tokyo") String zone) {
    static CalendarJson of(BusinessCalendar c) {
      return new CalendarJson(
          c.workingDays().stream().sorted().toList(),
          HH_MM.format(c.opensAt()),
          HH_MM.format(c.closesAt()),
          c.zone().getId());
    }
  }

  @Schema(name = "Holiday")
  public record HolidayJson(@Schema(example = "2026-09-22") LocalDate date, String name) {
    static HolidayJson of(Holiday h) {
      return new HolidayJson(h.date(), h.name());
    }
  }

  /** How many of Japan's holidays of the year were added (dates already present are skipped). */
  @Schema(name = "HolidaysAdded")
  public record AddedJson(int year, int added) {}

  @GET
  @Operation(
      operationId = "getBusinessCalendar",
      summary = "The business calendar (days, hours, zone)")
  @APIResponse(
      responseCode = "200",
      description = "The calendar.",
      content = @Content(schema = @Schema(implementation = CalendarJson.class)))
  public CalendarJson get() {
    return CalendarJson.of(standards.calendar());
  }

  @PUT
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "changeBusinessCalendar",
      summary = "Change the business calendar",
      description = "All four fields; closing after opening on the same day.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CalendarJson.class)))
  @APIResponse(
      responseCode = "200",
      description = "The calendar as saved.",
      content = @Content(schema = @Schema(implementation = CalendarJson.class)))
  public CalendarJson change(JsonValue body) {
    JsonInput in = JsonInput.of(body, CALENDAR_FIELDS);
    List<DayOfWeek> days = in.enums("workingDays", DayOfWeek.class);
    LocalTime opens = in.time("opensAt");
    LocalTime closes = in.time("closesAt");
    String zone = in.string("zone");
    in.done();
    return CalendarJson.of(
        standards.changeCalendar(currentActor.actor(), days, opens, closes, zone));
  }

  @GET
  @Path("holidays")
  @Operation(operationId = "listHolidays", summary = "The holidays of a year, in date order")
  @APIResponse(
      responseCode = "200",
      description = "The holidays.",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HolidayJson.class)))
  public List<HolidayJson> holidays(
      @Parameter(
              description = "The year; this year in the calendar's zone when left out.",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("year")
          String year) {
    return standards.holidays(yearOf(year)).stream().map(HolidayJson::of).toList();
  }

  @GET
  @Path("holidays/{date}")
  @Operation(operationId = "getHoliday", summary = "One holiday")
  @APIResponse(
      responseCode = "200",
      description = "The holiday.",
      content = @Content(schema = @Schema(implementation = HolidayJson.class)))
  @APIResponse(
      responseCode = "404",
      description = "The date is no holiday.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public HolidayJson holiday(@PathParam("date") String date) {
    LocalDate d = dateOf(date);
    return standards.holidays(d.getYear()).stream()
        .filter(h -> h.date().equals(d))
        .findFirst()
        .map(HolidayJson::of)
        .orElseThrow(() -> new NotFound("The holiday " + date));
  }

  @POST
  @Path("holidays")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(operationId = "addHoliday", summary = "Add a holiday")
  @RequestBody(content = @Content(schema = @Schema(implementation = HolidayJson.class)))
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content = @Content(schema = @Schema(implementation = HolidayJson.class)))
  @APIResponse(
      responseCode = "409",
      description = "The date is a holiday already.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response add(JsonValue body) {
    JsonInput in = JsonInput.of(body, HOLIDAY_FIELDS);
    LocalDate date = in.date("date");
    String name = in.string("name");
    in.done();
    Holiday h = standards.addHoliday(currentActor.actor(), date, name);
    return Response.created(uri.getAbsolutePathBuilder().path(h.date().toString()).build())
        .entity(HolidayJson.of(h))
        .build();
  }

  @DELETE
  @Path("holidays/{date}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(operationId = "removeHoliday", summary = "Remove a holiday")
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(
      responseCode = "404",
      description = "The date is no holiday.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response remove(@PathParam("date") String date) {
    standards.removeHoliday(currentActor.actor(), dateOf(date));
    return Response.noContent().build();
  }

  @POST
  @Path("holidays/japan")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "addJapaneseHolidays",
      summary = "Add Japan's public holidays of a year",
      description =
          "Computed by the Act on National Holidays (2020 to 2099): substitute and citizens' "
              + "holidays included. Dates the calendar already has are skipped; the answer says how "
              + "many were added, so a second call adds 0.")
  @APIResponse(
      responseCode = "200",
      description = "How many were added.",
      content = @Content(schema = @Schema(implementation = AddedJson.class)))
  public AddedJson addJapan(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year")
          String year) {
    QueryInput in = new QueryInput();
    in.require("year", year);
    in.done();
    int y = yearOf(year);
    return new AddedJson(y, standards.addJapaneseHolidays(currentActor.actor(), y));
  }

  private int yearOf(String year) {
    QueryInput in = new QueryInput();
    Integer y = in.integer("year", year);
    in.done();
    return y == null ? LocalDate.now(standards.calendar().zone()).getYear() : y;
  }

  private static LocalDate dateOf(String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new NotFound("The holiday " + date);
    }
  }
}
