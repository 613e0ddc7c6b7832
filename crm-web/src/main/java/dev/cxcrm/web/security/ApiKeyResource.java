package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.security.ApiKeyView;
import dev.cxcrm.ejb.security.ApiKeys;
import dev.cxcrm.ejb.security.IssuedApiKey;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys over HTTP, for administrators. Creating one also accepts an administrator's password
 * (HTTP Basic), so that an installation can get its first key without the UI; the secret is in the
 * answer once and never again.
 */
@Path("api-keys")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeyResource {
  @Inject ApiKeys apiKeys;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** The body of a create request; it only documents the body, which {@link JsonInput} reads. */
  @Schema(name = "NewApiKey")
  public record NewApiKey(String name, Role role) {}

  /** A key just created; {@code key} is the secret, shown only in this answer. */
  @Schema(name = "CreatedApiKey")
  public record CreatedApiKey(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      String name,
      Role role,
      String key) {}

  /** A key in a list: never its secret. */
  @Schema(name = "ApiKey")
  public record ApiKeyJson(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      String name,
      Role role,
      Instant createdAt,
      String createdBy,
      Instant lastUsedAt,
      Instant revokedAt,
      boolean active) {
    static ApiKeyJson of(ApiKeyView k) {
      return new ApiKeyJson(
          k.id(),
          k.name(),
          k.role(),
          k.createdAt(),
          k.createdBy(),
          k.lastUsedAt(),
          k.revokedAt(),
          k.active());
    }
  }

  @POST
  @Operation(
      operationId = "createApiKey",
      summary = "Create an API key (answer holds the secret, once)",
      description =
          "Also accepts an administrator's user name and password as HTTP Basic, on this call only.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
  @RequestBody(content = @Content(schema = @Schema(ref = "NewApiKey")))
  public Response create(InputStream body) {
    JsonInput in = JsonInput.read(body, Set.of("name", "role"));
    String name = in.string("name");
    Role role = in.enumValue("role", Role.class);
    in.done();
    IssuedApiKey issued = apiKeys.issue(currentActor.actor(), name, role);
    ApiKeyView k = issued.key();
    var created = new CreatedApiKey(k.id(), k.name(), k.role(), issued.secret());
    return Answers.created(uri, ApiKeyResource.class, k.id(), created).build();
  }

  @GET
  @Operation(operationId = "listApiKeys", summary = "List API keys, newest first (no secrets)")
  public List<ApiKeyJson> list() {
    return apiKeys.list().stream().map(ApiKeyJson::of).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "revokeApiKey", summary = "Revoke an API key")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") long id) {
    apiKeys.revoke(currentActor.actor(), id);
    return Response.noContent().build();
  }
}
