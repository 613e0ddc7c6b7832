package dev.cxcrm.web.shared;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes and repairs the generated /openapi document (registered with {@code
 * mp.openapi.filter}). It adds the {@code Problem} schema that error responses refer to (the
 * exception mappers write it by hand, so no class describes it) and the error answers every {@code
 * /api} operation can give (401 and 403, 400 where it takes input, 412 where it reads If-Match and
 * 428 where If-Match is required), unless the resource describes them more precisely; and it fixes
 * what Payara's generator gets wrong: every {@code @Schema} leaks {@code maxProperties: 0} (which
 * would forbid any property), and enums, dates and instants come out as {@code type: object} even
 * with {@code type = STRING} given.
 */
public class OpenApiDocument implements OASFilter {
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    boolean textual =
        schema.getFormat() != null
            || (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty());
    boolean noProperties = schema.getProperties() == null || schema.getProperties().isEmpty();
    if (schema.getType() == Schema.SchemaType.OBJECT && textual && noProperties) {
      schema.setType(Schema.SchemaType.STRING);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    if (api.getComponents().getSchemas() == null
        || !api.getComponents().getSchemas().containsKey("Problem")) {
      api.getComponents().addSchema("Problem", problem());
    }
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths()
          .getPathItems()
          .forEach(
              (path, item) -> {
                if (path.startsWith("/api/") && item.getOperations() != null) {
                  item.getOperations().values().forEach(OpenApiDocument::addErrorAnswers);
                }
              });
    }
  }

  /** Every call needs a key (401) that may lack the role or the record (403); input can be bad. */
  private static void addErrorAnswers(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (takesInput) {
      addProblem(responses, "400", "Invalid input; errors lists each field.");
    }
    addProblem(responses, "401", "No or an unknown API key.");
    addProblem(
        responses, "403", "The key's role, or the owner of the record, does not allow this.");
  }

  private static void addProblem(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem")))));
  }

  private static Schema problem() {
    Schema fieldError =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .properties(
                Map.of(
                    "field",
                        text(
                            "The field's path as sent, such as consent.email or externalIds[1].system."),
                    "message", text("What is wrong, in English.")));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem: every 4xx and 5xx answer of /api, as application/problem+json.")
        .properties(
            Map.of(
                "type",
                    text(
                        "A URI naming the kind of problem, such as https://cxcrm.dev/problems/invalid-input."),
                "title", text("A short summary of the kind of problem."),
                "status",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .description("The HTTP status."),
                "detail", text("What went wrong with this request."),
                "errors",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .items(fieldError)
                        .description("For invalid input: each invalid field.")))
        .required(java.util.List.of("type", "title", "status"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
