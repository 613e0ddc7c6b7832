package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.InteractionApiViews.ComplianceView;
import dev.cxcrm.web.shared.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standard compliance and response times, for managers. */
@Path("response-compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Tag(name = "Interactions")
public class ComplianceResource {
  @Inject InteractionService interactions;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getResponseCompliance",
      summary = "Response-time compliance",
      description =
          "Inbound contacts with a deadline that occurred from the day from to the day to (both "
              + "inclusive, in the business's time zone; default: the last 28 days), per channel, agent "
              + "(the responsible user) or week (starting Monday): the share answered in time, median and "
              + "p90 response time, each with its sample size. MANAGER or ADMIN only.")
  @APIResponse(
      responseCode = "200",
      description = "The figures.",
      content = @Content(schema = @Schema(implementation = ComplianceView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Bad dates or by.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "Not a manager.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ComplianceView compliance(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from")
          String from,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to")
          String to,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"channel", "agent", "week"},
                      defaultValue = "channel"))
          @QueryParam("by")
          String by) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = time.today();
    LocalDate last = date("to", to, today, errors);
    LocalDate first = date("from", from, last == null ? today : last.minusDays(27), errors);
    ResponseCompliance.By cut = null;
    try {
      cut = QueryParams.enumValue("by", by, ResponseCompliance.By.class);
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant start = first.atStartOfDay(time.zone()).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(time.zone()).toInstant();
    return ComplianceView.of(
        interactions.compliance(start, end, cut == null ? ResponseCompliance.By.CHANNEL : cut),
        time.zone());
  }

  private static LocalDate date(
      String field, String value, LocalDate fallback, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(
          FieldError.of(field, "compliance.validation.date", "Use a date such as 2026-11-01."));
      return null;
    }
  }
}
