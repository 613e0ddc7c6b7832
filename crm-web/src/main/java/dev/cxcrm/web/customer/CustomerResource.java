package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.BulkResult;
import dev.cxcrm.ejb.customer.BulkRow;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.customer.Upserted;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.CsvExport;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customers for other systems: list and search, read with ETags, create (idempotently), replace,
 * merge-patch, upsert by external id, archive, and bulk upsert. Every use case is one call of
 * {@link CustomerService}; this class only translates HTTP (bodies, headers, status codes).
 * Versions travel as strong ETags ({@code "3"}); changes need them back in {@code If-Match}.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Customers", description = "People and companies the business serves.")
public class CustomerResource {
  static final String MERGE_PATCH = "application/merge-patch+json";
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject CustomerService customers;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
  @Operation(
      operationId = "listCustomers",
      summary = "List and search customers",
      description =
          "Keyset pages in a stable order; pass the answer's next as cursor to get the following page. "
              + "q matches a substring of the name or its reading (hiragana finds katakana), the e-mail, the phone "
              + "digits, or an exact external id. Archived customers are not listed. With Accept: text/csv, "
              + "every customer that matches the filters, streamed in one answer (limit and cursor are "
              + "ignored): UTF-8 with a byte order mark, a header row of the field names, text that a "
              + "spreadsheet would run as a formula (starting with = + - @) prefixed with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "One page, or with Accept: text/csv every matching customer.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CustomerPage.class)),
        @Content(
            mediaType = CsvExport.MEDIA_TYPE,
            schema =
                @Schema(
                    implementation = String.class,
                    description = "Every matching customer as CSV."))
      })
  public Response list(
      @Parameter(description = "Free text: name, kana, e-mail, phone or external id.")
          @QueryParam("q")
          String q,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "RelationshipType"))
          @QueryParam("relationshipType")
          String relationshipType,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "Lifecycle"))
          @QueryParam("lifecycle")
          String lifecycle,
      @Parameter(description = "A segment label the customer has.") @QueryParam("segment")
          String segment,
      @Parameter(description = "The owner's user name.") @QueryParam("owner") String owner,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "name",
                        "-name",
                        "customerSince",
                        "-customerSince",
                        "created",
                        "-created"
                      },
                      defaultValue = "name"))
          @QueryParam("sort")
          String sort,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    if (CsvExport.MEDIA_TYPE.equals(negotiated())) {
      var all =
          CustomerQuery.search(
              q,
              relationshipType,
              lifecycle,
              segment,
              owner,
              sort,
              String.valueOf(CustomerSearch.MAX_LIMIT));
      return CsvExport.response(
          "customers.csv",
          CustomerCsv.HEADER,
          CsvExport.allPages(next -> customers.search(all, next)),
          CustomerCsv::row);
    }
    var page =
        customers.search(
            CustomerQuery.search(q, relationshipType, lifecycle, segment, owner, sort, limit),
            cursor);
    return Response.ok(Answers.page(page, CustomerView::of, CustomerPage::new)).build();
  }

  /** The media type the caller accepts first among those the list answers in. */
  private String negotiated() {
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isCompatible(MediaType.valueOf(CsvExport.MEDIA_TYPE)) && !m.isWildcardType()) {
        return CsvExport.MEDIA_TYPE;
      }
      if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return MediaType.APPLICATION_JSON;
      }
    }
    return MediaType.APPLICATION_JSON;
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getCustomer",
      summary = "Read a customer",
      description = "The ETag is the version; If-None-Match with it answers 304.")
  @APIResponse(
      responseCode = "200",
      description = "The customer.",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match.")
  public Response get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    Customer c = customers.get(CustomerId.lookup(id));
    return Answers.unlessCurrent(ifNoneMatch, c.version(), () -> CustomerView.of(c));
  }

  @GET
  @Path(ID + "/history")
  @Operation(
      operationId = "getCustomerHistory",
      summary = "A customer's audit trail",
      description = "Newest first, at most 200 entries.")
  @APIResponse(
      responseCode = "200",
      description = "The entries.",
      content = @Content(schema = @Schema(implementation = HistoryView.class)))
  public HistoryView history(@PathParam("id") long id) {
    return HistoryView.of(customers.history(CustomerId.lookup(id)));
  }

  @POST
  @Operation(
      operationId = "createCustomer",
      summary = "Create a customer",
      description =
          "With an Idempotency-Key, a repeated request with the same body answers 201 with the same "
              + "Location and the customer as it is now (header Idempotency-Replayed: true) and creates nothing; "
              + "the same key with a different body answers 409. Keys are per API key.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created (or a replay of the first request with this key).",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  public Response create(
      @Parameter(description = "Any unique text up to 200 characters; makes retries safe.")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      InputStream body) {
    JsonObject json = JsonInput.parseObject(body);
    CustomerDraft draft = CustomerJson.read(json);
    if (idempotencyKey == null) {
      return created(customers.create(draft)).build();
    }
    Upserted u = customers.create(draft, idempotencyKey, CustomerJson.fingerprint(json));
    Response.ResponseBuilder r = created(u.customer());
    return u.created() ? r.build() : r.header("Idempotency-Replayed", "true").build();
  }

  @PUT
  @Path("external/{system}/{externalId}")
  @Operation(
      operationId = "upsertCustomerByExternalId",
      summary = "Create or update a customer by its id in another system",
      description =
          "The path's external id is added to externalIds (replacing another id of the same system). "
              + "With If-Match, the customer must exist in that version.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Updated.",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The customer with this external id is archived.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response upsert(
      @PathParam("system") String system,
      @PathParam("externalId") String externalId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    CustomerDraft draft = CustomerJson.read(JsonInput.parseObject(body));
    Upserted u =
        customers.upsertByExternalId(system, externalId, draft, Versions.parseOrNull(ifMatch));
    return u.created()
        ? created(u.customer()).build()
        : Response.ok(CustomerView.of(u.customer())).build();
  }

  @PUT
  @Path(ID)
  @Operation(
      operationId = "replaceCustomer",
      summary = "Replace a customer",
      description = "Fields left out are cleared. Needs If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The customer as saved.",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  public CustomerView replace(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    CustomerDraft draft = CustomerJson.read(JsonInput.parseObject(body));
    return CustomerView.of(customers.update(CustomerId.lookup(id), version, draft));
  }

  @PATCH
  @Path(ID)
  @Consumes(MERGE_PATCH)
  @Operation(
      operationId = "patchCustomer",
      summary = "Change some fields of a customer",
      description =
          "A JSON merge patch (RFC 7396) on the customer as GET shows it: members set the field, "
              + "null clears it, objects merge, arrays replace. Needs If-Match.")
  @RequestBody(
      content =
          @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The customer as saved.",
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  public CustomerView patch(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    JsonValue patch = JsonInput.parse(body);
    Customer now = customers.get(CustomerId.lookup(id));
    if (now.version() != version) {
      throw new StaleVersion();
    }
    JsonValue merged =
        Json.createMergePatch(patch).apply(CustomerJson.toJson(CustomerView.of(now)));
    if (!(merged instanceof JsonObject o)) {
      throw InvalidInput.of("", "validation.object", "The patch must be a JSON object.");
    }
    return CustomerView.of(customers.update(CustomerId.lookup(id), version, CustomerJson.read(o)));
  }

  @DELETE
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "archiveCustomer",
      summary = "Archive a customer",
      description =
          "The customer leaves lists and searches; its history stays. MANAGER or ADMIN only.")
  @APIResponse(responseCode = "204", description = "Archived.")
  @APIResponse(
      responseCode = "404",
      description = "No such customer, or already archived.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response archive(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Integer version = Versions.parseOrNull(ifMatch);
    customers.archive(CustomerId.lookup(id), version);
    return Response.noContent().build();
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "bulkUpsertCustomers",
      summary = "Create or update up to 1,000 customers at once",
      description =
          "Each row is matched by its first external id (a row without one is created) and answered "
              + "on its own: CREATED, UPDATED, UNCHANGED or REJECTED with its errors. A rejected row does not stop "
              + "the others, so the answer is 200 even when some rows are rejected. More than 1,000 rows: 400.")
  @RequestBody(content = @Content(schema = @Schema(implementation = BulkView.Request.class)))
  @APIResponse(
      responseCode = "200",
      description = "One result per row, in request order.",
      content = @Content(schema = @Schema(implementation = BulkView.class)))
  public BulkView bulk(InputStream body) {
    JsonObject json = JsonInput.parseObject(body);
    JsonArray items = JsonInput.items(json, CustomerService.BULK_MAX);
    List<BulkRow> rows = new ArrayList<>();
    List<BulkResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        rows.add(new BulkRow(i, CustomerJson.read(items.get(i))));
      } catch (InvalidInput e) {
        results.add(BulkResult.rejected(i, e.errors()));
      }
    }
    results.addAll(customers.bulkUpsert(rows));
    results.sort(Comparator.comparingInt(BulkResult::index));
    return new BulkView(results.stream().map(BulkView::row).toList());
  }

  private Response.ResponseBuilder created(Customer c) {
    return Answers.created(uri, CustomerResource.class, c.id(), CustomerView.of(c));
  }
}
