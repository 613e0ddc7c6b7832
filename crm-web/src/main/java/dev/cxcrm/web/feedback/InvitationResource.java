package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.InvitationService;
import dev.cxcrm.ejb.feedback.Invitations;
import dev.cxcrm.ejb.feedback.SurveyLinks;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Answers;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inviting a customer to a survey by hand, and reading invitations. */
@Path("survey-invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Survey invitations", description = "Who was asked, how, and why not.")
public class InvitationResource {
  private static final Set<String> FIELDS = Set.of("surveyId", "customerId", "channel");

  @Inject InvitationService invitations;
  @Inject SurveyLinks links;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "createSurveyInvitation",
      summary = "Invite a customer to a survey",
      description =
          "The fatigue and consent rules decide: an invitation that may not go out is stored as"
              + " SKIPPED with its reason (still 201). EMAIL is planned for the customer's contact"
              + " hours and sent by the server; LINK answers the personal link once, in link."
              + " An agent invites its own and unowned customers.")
  @RequestBody(
      content =
          @Content(
              schema =
                  @Schema(
                      name = "SurveyInvitationRequest",
                      requiredProperties = {"surveyId", "customerId", "channel"},
                      description =
                          "{surveyId, customerId, channel: EMAIL or LINK}; an interview is"
                              + " recorded with its answers by POST /api/interviews.")))
  @APIResponse(
      responseCode = "201",
      description = "Made (sent, planned or skipped).",
      content = @Content(schema = @Schema(ref = "SurveyInvitation")))
  public Response create(InputStream body) {
    JsonInput in = JsonInput.read(body, FIELDS);
    in.require("surveyId");
    in.require("customerId");
    in.require("channel");
    Long survey = in.id("surveyId");
    Long customer = in.id("customerId");
    InvitationChannel channel = in.enumValue("channel", InvitationChannel.class);
    in.done();
    Invitations.Made made = invitations.invite(survey, CustomerId.lookup(customer), channel);
    InvitationView v =
        InvitationView.of(
            made.invitation(),
            made.token() == null ? null : links.answer(made.token()),
            time.zone());
    return Answers.created(uri, InvitationResource.class, v.id(), v).build();
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Operation(operationId = "getSurveyInvitation", summary = "Read an invitation")
  @APIResponse(
      responseCode = "200",
      description = "The invitation (never its link).",
      content = @Content(schema = @Schema(implementation = InvitationView.class)))
  public InvitationView get(@PathParam("id") long id) {
    return InvitationView.of(invitations.get(CustomerPages.positive(id)), null, time.zone());
  }

  @GET
  @Operation(
      operationId = "listSurveyInvitations",
      summary = "A customer's latest invitations, newest first (at most 50)")
  @APIResponse(
      responseCode = "200",
      description = "The invitations.",
      content = @Content(schema = @Schema(implementation = InvitationView.Page.class)))
  public InvitationView.Page list(@QueryParam("customerId") String customerId) {
    CustomerPages.Request r = CustomerPages.read("customerId", customerId, null);
    return new InvitationView.Page(
        invitations.forCustomer(r.customer()).stream()
            .map(v -> InvitationView.of(v, null, time.zone()))
            .toList());
  }
}
