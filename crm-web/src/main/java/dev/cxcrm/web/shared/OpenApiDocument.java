package dev.cxcrm.web.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes and repairs the generated /openapi document (registered with {@code mp.openapi.filter})
 * so that it validates and clients can be generated from it. It adds the {@code Problem} schema
 * that error responses refer to (the exception mappers write it by hand, so no class describes it)
 * and the error answers that follow from what an operation takes (401 and 403 always; 400 for
 * input, 404 for an id in the path, 412 and 428 for If-Match, 409 for an Idempotency-Key) unless
 * the resource describes them more precisely. It says once what holds for every operation: a body
 * is required, a 201 answer has a Location, {@code cursor} and a page's {@code next} are keyset
 * cursors. And it fixes what Payara's generator gets wrong:
 *
 * <ul>
 *   <li>path templates keep the JAX-RS regular expressions ({@code {id: [0-9]{1,18}}}); the
 *       document gets plain templates ({@code {id}}), path parameters are required, and numeric
 *       ones are {@code integer}/{@code int64} (they are all ids);
 *   <li>{@code long} and {@code int} come out as {@code number}: with an integer format they become
 *       {@code integer}, and so do the items of id lists ({@code customerIds});
 *   <li>every {@code @Schema} leaks {@code maxProperties: 0} (which would forbid any property), and
 *       types with a format or an enum come out as {@code object};
 *   <li>a request body read from an {@code InputStream} gets its schema under {@code *}{@code /*}
 *       and a bare object under the media type consumed: the schema moves to the media type;
 *   <li>request and response schemas are inlined copies of named schemas: they become references,
 *       so that generated clients name the classes as the API does ({@code Customer}, not {@code
 *       CreateRequest});
 *   <li>a tag described on several resources is listed once, and the non-standard top-level {@code
 *       endpoints} member is dropped.
 * </ul>
 */
public class OpenApiDocument implements OASFilter {
  private static final String SCHEMA_REF = "#/components/schemas/";

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
    if (schema.getType() == Schema.SchemaType.NUMBER
        && ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat()))) {
      schema.setType(Schema.SchemaType.INTEGER);
    }
    dropDefaults(schema);
    return schema;
  }

  /**
   * Payara writes every keyword of {@code @Schema} with its default ({@code minLength: 0}, {@code
   * uniqueItems: false}, ...), which says nothing and makes generators warn on objects.
   */
  private static void dropDefaults(Schema schema) {
    dropIf(0, schema::getMinLength, schema::setMinLength);
    dropIf(0, schema::getMinProperties, schema::setMinProperties);
    dropIf(false, schema::getUniqueItems, schema::setUniqueItems);
    dropIf(false, schema::getExclusiveMinimum, schema::setExclusiveMinimum);
    dropIf(false, schema::getExclusiveMaximum, schema::setExclusiveMaximum);
    dropIf(false, schema::getNullable, schema::setNullable);
    dropIf(false, schema::getReadOnly, schema::setReadOnly);
    dropIf(false, schema::getWriteOnly, schema::setWriteOnly);
    dropIf(false, schema::getDeprecated, schema::setDeprecated);
  }

  private static <T> void dropIf(T defaultValue, Supplier<T> get, Consumer<T> set) {
    if (defaultValue.equals(get.get())) {
      set.accept(null);
    }
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
    dropEndpoints(api);
    listTagsOnce(api);
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.setPaths(plainTemplates(api.getPaths()));
    Map<String, String> named = namedSchemas(api);
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/") && item.getOperations() != null) {
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          requirePathParameters(operation);
                          describeQueryParameters(operation);
                          requireBody(operation);
                          moveBodySchema(operation);
                          referNamedSchemas(operation, named);
                          tagVersions(operation, api.getComponents().getSchemas());
                          locateCreated(operation);
                          answerReplays(operation, api.getComponents().getSchemas());
                          typeHeaders(operation);
                          addErrorAnswers(operation);
                        });
              }
            });
    dropUnreferencedSchemas(api);
    api.getComponents().getSchemas().values().forEach(OpenApiDocument::typeIdLists);
    api.getComponents().getSchemas().values().forEach(OpenApiDocument::describeNext);
  }

  /**
   * The query parameters with one meaning everywhere, unless a resource describes them itself:
   * {@code cursor} and {@code limit} of keyset pages (most pages hold 1 to 200, 50 by default), and
   * the days {@code from} and {@code to} of a period.
   */
  private static void describeQueryParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter p : operation.getParameters()) {
      if (p.getIn() != Parameter.In.QUERY || p.getDescription() != null) {
        continue;
      }
      switch (p.getName()) {
        case "cursor" -> p.setDescription("The next value of the previous page.");
        case "limit" -> {
          p.setDescription("Page size, 1 to 200.");
          p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).defaultValue("50"));
        }
        case "from" -> describeDay(p, "First day, YYYY-MM-DD.");
        case "to" -> describeDay(p, "Last day, YYYY-MM-DD.");
        default -> {}
      }
    }
  }

  private static void describeDay(Parameter p, String description) {
    p.setDescription(description);
    if (p.getSchema() == null) {
      p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }
    p.getSchema().setFormat("date");
  }

  /** A page ({@code items} and {@code next}) names the cursor of the following page. */
  private static void describeNext(Schema page) {
    Map<String, Schema> properties = page.getProperties();
    if (properties == null || !properties.containsKey("items") || !properties.containsKey("next")) {
      return;
    }
    Schema next = properties.get("next");
    if (next.getDescription() == null) {
      next.setDescription("Pass as cursor= to get the next page; null on the last page.");
      next.setNullable(true);
    }
  }

  /** A 201 answer names the new record's address (JAX-RS's {@code Response.created}). */
  /**
   * A successful answer that carries a record with a version has that version as its ETag ({@link
   * VersionTags} sets it), so no resource documents the header itself.
   */
  private static void tagVersions(Operation operation, Map<String, Schema> schemas) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (code, r) -> {
              if (code.startsWith("2")
                  && carriesVersion(r, schemas)
                  && (r.getHeaders() == null || !r.getHeaders().containsKey("ETag"))) {
                r.addHeader(
                    "ETag",
                    OASFactory.createHeader()
                        .description(
                            "The record's version; send it in If-Match to change the record.")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
              }
            });
  }

  private static boolean carriesVersion(APIResponse r, Map<String, Schema> schemas) {
    if (r.getContent() == null || r.getContent().getMediaTypes() == null) {
      return false;
    }
    return r.getContent().getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(s -> s != null && s.getRef() != null)
        .map(s -> schemas.get(s.getRef().substring(s.getRef().lastIndexOf('/') + 1)))
        .anyMatch(
            s ->
                s != null && s.getProperties() != null && s.getProperties().containsKey("version"));
  }

  /**
   * A create whose body carries an {@code externalId} is idempotent by it (docs/decisions/0015):
   * the same content again answers 200 with the record created first, other content 409.
   */
  private static void answerReplays(Operation operation, Map<String, Schema> schemas) {
    APIResponses responses = operation.getResponses();
    APIResponse created = responses == null ? null : responses.getAPIResponse("201");
    Schema body = requestSchema(operation, schemas);
    if (created == null
        || body == null
        || body.getProperties() == null
        || !body.getProperties().containsKey("externalId")) {
      return;
    }
    if (!responses.hasAPIResponse("200")) {
      responses.addAPIResponse(
          "200",
          OASFactory.createAPIResponse()
              .description("Recorded before under this externalId with the same content.")
              .content(created.getContent()));
    }
    addProblem(responses, "409", "Recorded before under this externalId with other content.");
  }

  /** The named schema of the operation's JSON body, if it has one. */
  private static Schema requestSchema(Operation operation, Map<String, Schema> schemas) {
    if (operation.getRequestBody() == null
        || operation.getRequestBody().getContent() == null
        || schemas == null) {
      return null;
    }
    var json = operation.getRequestBody().getContent().getMediaType("application/json");
    String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
    return ref == null ? null : schemas.get(ref.substring(SCHEMA_REF.length()));
  }

  private static void locateCreated(Operation operation) {
    APIResponse created =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("201");
    if (created == null
        || (created.getHeaders() != null && created.getHeaders().containsKey("Location"))) {
      return;
    }
    Map<String, Header> headers = new LinkedHashMap<>();
    headers.put("Location", OASFactory.createHeader());
    if (created.getHeaders() != null) {
      headers.putAll(created.getHeaders());
    }
    created.setHeaders(headers);
  }

  /**
   * A list of ids ({@code customerIds}) is a {@code List<Long>}, whose items Payara types {@code
   * number} without a format.
   */
  private static void typeIdLists(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    schema
        .getProperties()
        .forEach(
            (name, p) -> {
              Schema items = p.getItems();
              if (name.endsWith("Ids")
                  && items != null
                  && items.getType() == Schema.SchemaType.NUMBER) {
                items.setType(Schema.SchemaType.INTEGER);
                items.setFormat("int64");
              }
            });
  }

  /** {@code /api/customers/{id: [0-9]{1,18}}} as {@code /api/customers/{id}}. */
  static String plainTemplate(String path) {
    StringBuilder plain = new StringBuilder(path.length());
    int depth = 0;
    boolean inName = false;
    for (char c : path.toCharArray()) {
      if (c == '{') {
        if (depth++ == 0) {
          plain.append(c);
          inName = true;
        }
      } else if (c == '}') {
        if (--depth == 0) {
          plain.append(c);
        }
      } else if (depth == 0) {
        plain.append(c);
      } else if (inName && c == ':') {
        inName = false;
      } else if (inName && c != ' ') {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  private static Paths plainTemplates(Paths paths) {
    Paths plain = OASFactory.createPaths();
    new TreeMap<>(paths.getPathItems())
        .forEach((path, item) -> plain.addPathItem(plainTemplate(path), item));
    plain.setExtensions(paths.getExtensions());
    return plain;
  }

  /**
   * Payara's own list of the application's paths, which is not an OpenAPI member; Payara writes it
   * unless it is empty (null breaks its copy of the document).
   */
  private static void dropEndpoints(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
    } catch (ReflectiveOperationException notPayaras) {
      // Another implementation does not write it.
    }
  }

  private static void listTagsOnce(OpenAPI api) {
    if (api.getTags() == null) {
      return;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    api.getTags().forEach(t -> byName.merge(t.getName(), t, (a, b) -> describedOf(a, b)));
    api.setTags(new ArrayList<>(byName.values()));
  }

  private static Tag describedOf(Tag a, Tag b) {
    return a.getDescription() == null ? b : a;
  }

  private static void requirePathParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter p : operation.getParameters()) {
      if (p.getIn() != Parameter.In.PATH) {
        continue;
      }
      p.setRequired(true);
      Schema s = p.getSchema();
      if (s != null && s.getType() == Schema.SchemaType.NUMBER) {
        s.setType(Schema.SchemaType.INTEGER);
        s.setFormat("int64");
      }
    }
  }

  /** Every operation that reads a body refuses to go without one. */
  private static void requireBody(Operation operation) {
    if (operation.getRequestBody() != null) {
      operation.getRequestBody().setRequired(true);
    }
  }

  private static void moveBodySchema(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    Content content = operation.getRequestBody().getContent();
    MediaType any = content.getMediaType("*/*");
    if (any == null) {
      return;
    }
    content.removeMediaType("*/*");
    if (content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
      content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, any);
      return;
    }
    content
        .getMediaTypes()
        .values()
        .forEach(
            m -> {
              if (m.getSchema() == null || isBareObject(m.getSchema())) {
                m.setSchema(any.getSchema());
              }
            });
  }

  private static boolean isBareObject(Schema s) {
    return s.getRef() == null
        && (s.getProperties() == null || s.getProperties().isEmpty())
        && s.getItems() == null
        && s.getAdditionalPropertiesSchema() == null;
  }

  /** The named schemas, by their structure, for finding inlined copies of them. */
  private static Map<String, String> namedSchemas(OpenAPI api) {
    Map<String, String> named = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                String key = structure(schema);
                if (named.putIfAbsent(key, name) != null) {
                  ambiguous.add(key);
                }
              }
            });
    ambiguous.forEach(named::remove);
    return named;
  }

  private static void referNamedSchemas(Operation operation, Map<String, String> named) {
    List<Content> contents = new ArrayList<>();
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      contents.add(operation.getRequestBody().getContent());
    }
    responsesOf(operation).stream()
        .map(APIResponse::getContent)
        .filter(Objects::nonNull)
        .forEach(contents::add);
    for (Content content : contents) {
      if (content.getMediaTypes() == null) {
        continue;
      }
      for (MediaType media : content.getMediaTypes().values()) {
        Schema s = media.getSchema();
        if (s == null) {
          continue;
        }
        media.setSchema(referenceIfNamed(s, named));
        if (s.getItems() != null) {
          s.setItems(referenceIfNamed(s.getItems(), named));
        }
      }
    }
  }

  private static Collection<APIResponse> responsesOf(Operation o) {
    return o.getResponses() == null || o.getResponses().getAPIResponses() == null
        ? List.of()
        : o.getResponses().getAPIResponses().values();
  }

  /** {@code @Header(name = "ETag")} leaves the header without a schema; headers are text. */
  private static void typeHeaders(Operation operation) {
    responsesOf(operation)
        .forEach(
            r -> {
              if (r.getHeaders() != null) {
                r.getHeaders()
                    .values()
                    .forEach(
                        h -> {
                          if (h.getSchema() == null && h.getRef() == null) {
                            h.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
                          }
                        });
              }
            });
  }

  private static Schema referenceIfNamed(Schema s, Map<String, String> named) {
    if (s.getRef() != null || s.getProperties() == null || s.getProperties().isEmpty()) {
      return s;
    }
    String name = named.get(structure(s));
    return name == null ? s : OASFactory.createSchema().ref(name);
  }

  /**
   * What identifies a named schema in an inlined copy: its description and its properties' names,
   * with what their arrays hold. Payara copies neither the required list nor the properties'
   * annotations into the inlined copy, so the copies differ from the named schema in those.
   */
  private static String structure(Schema s) {
    StringBuilder b = new StringBuilder().append(s.getDescription()).append('{');
    new TreeMap<>(s.getProperties())
        .forEach(
            (name, p) -> {
              b.append(name);
              if (p.getItems() != null && p.getItems().getRef() != null) {
                b.append('[').append(p.getItems().getRef()).append(']');
              }
              b.append(',');
            });
    return b.append('}').toString();
  }

  /**
   * Drops named schemas nothing refers to, such as those Payara makes for {@code Instant} and
   * {@code LocalDate} when {@link ApiSchemaTypes} types them as strings.
   */
  private static void dropUnreferencedSchemas(OpenAPI api) {
    Set<String> referenced = new HashSet<>();
    Consumer<Schema> collect = s -> collectRefs(s, referenced);
    api.getPaths()
        .getPathItems()
        .values()
        .forEach(
            item -> {
              if (item.getOperations() != null) {
                item.getOperations().values().forEach(o -> forEachSchema(o, collect));
              }
            });
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(referenced);
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    while (!pending.isEmpty()) {
      String name = pending.remove(pending.size() - 1);
      if (seen.add(name) && schemas.containsKey(name)) {
        Set<String> inner = new HashSet<>();
        collectRefs(schemas.get(name), inner);
        pending.addAll(inner);
      }
    }
    new ArrayList<>(schemas.keySet())
        .stream()
            .filter(name -> !seen.contains(name))
            .forEach(name -> api.getComponents().removeSchema(name));
  }

  private static void forEachSchema(Operation o, Consumer<Schema> action) {
    if (o.getParameters() != null) {
      o.getParameters().forEach(p -> action.accept(p.getSchema()));
    }
    List<Content> contents = new ArrayList<>();
    if (o.getRequestBody() != null) {
      contents.add(o.getRequestBody().getContent());
    }
    responsesOf(o).forEach(r -> contents.add(r.getContent()));
    contents.stream()
        .filter(Objects::nonNull)
        .filter(c -> c.getMediaTypes() != null)
        .flatMap(c -> c.getMediaTypes().values().stream())
        .forEach(m -> action.accept(m.getSchema()));
  }

  private static void collectRefs(Schema s, Set<String> refs) {
    if (s == null) {
      return;
    }
    if (s.getRef() != null && s.getRef().startsWith(SCHEMA_REF)) {
      refs.add(s.getRef().substring(SCHEMA_REF.length()));
    }
    if (s.getProperties() != null) {
      s.getProperties().values().forEach(p -> collectRefs(p, refs));
    }
    collectRefs(s.getItems(), refs);
    collectRefs(s.getAdditionalPropertiesSchema(), refs);
    for (List<Schema> list :
        List.of(nonNull(s.getAllOf()), nonNull(s.getAnyOf()), nonNull(s.getOneOf()))) {
      list.forEach(x -> collectRefs(x, refs));
    }
  }

  private static List<Schema> nonNull(List<Schema> list) {
    return list == null ? List.of() : list;
  }

  /**
   * The error answers that follow from what an operation takes, so that resources describe only
   * what is particular to them (a response they describe wins): every call needs a key (401) that
   * may lack the role or the record (403); input can be bad (400); an id in the path may name
   * nothing (404); If-Match may name an old version (412) or, where it is required, be missing
   * (428); an Idempotency-Key may have been used for another body (409).
   */
  private static void addErrorAnswers(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    if (operation.getRequestBody() != null || !parameters.isEmpty()) {
      addProblem(responses, "400", "Invalid input; errors lists each field.");
    }
    addProblem(responses, "401", "No or an unknown API key.");
    addProblem(
        responses, "403", "The key's role, or the owner of the record, does not allow this.");
    if (parameters.stream().anyMatch(OpenApiDocument::isPathId)) {
      addProblem(responses, "404", "No such record.");
    }
    Parameter ifMatch = header(parameters, "If-Match");
    if (ifMatch != null) {
      describeIfMatch(ifMatch);
      addProblem(responses, "412", "If-Match does not name the current version.");
      if (Boolean.TRUE.equals(ifMatch.getRequired())) {
        addProblem(responses, "428", "No If-Match: a change must name the version it was made on.");
      }
    }
    if (header(parameters, "Idempotency-Key") != null) {
      addProblem(responses, "409", "The Idempotency-Key was used for another body.");
    }
  }

  /** Runs after {@link #requirePathParameters}, which types ids as integers. */
  private static boolean isPathId(Parameter p) {
    return p.getIn() == Parameter.In.PATH
        && p.getSchema() != null
        && p.getSchema().getType() == Schema.SchemaType.INTEGER;
  }

  private static Parameter header(List<Parameter> parameters, String name) {
    return parameters.stream()
        .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
        .findFirst()
        .orElse(null);
  }

  private static void describeIfMatch(Parameter ifMatch) {
    if (ifMatch.getDescription() == null) {
      ifMatch.setDescription(
          Boolean.TRUE.equals(ifMatch.getRequired())
              ? "The ETag the client read."
              : "The ETag the client read; when sent, the change is made only on that version.");
    }
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
