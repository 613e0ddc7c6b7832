package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.client.ApiClient;
import dev.cxcrm.client.ApiException;
import dev.cxcrm.client.ApiResponse;
import dev.cxcrm.client.api.CustomersApi;
import dev.cxcrm.client.model.Customer;
import dev.cxcrm.client.model.CustomerExternalId;
import dev.cxcrm.client.model.Problem;
import dev.cxcrm.client.model.ProblemErrorsInner;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract other systems build on: /openapi of the shipped WAR, read as another system's
 * developer would, with swagger-parser. It must validate, and it must equal the snapshot committed
 * in {@code src/test/openapi/crm.json}, so that every change of the contract shows in a diff.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {
  static final Path SNAPSHOT = Path.of("src", "test", "openapi", "crm.json");
  static final Path SERVED = Path.of("target", "openapi", "crm.json");
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_served_document_is_valid_openapi() {
    SwaggerParseResult result = parse(served());

    assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
    assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(30);
  }

  @Test
  void paths_are_plain_templates_and_operation_ids_are_unique() {
    OpenAPI api = parse(served()).getOpenAPI();
    List<String> ids = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              assertThat(path).as("a path template").doesNotContain(":").doesNotContain(" ");
              item.readOperations().forEach(o -> ids.add(o.getOperationId()));
            });

    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(ids).contains("listCustomers", "getCustomer", "createCustomer", "replaceCustomer");
    assertThat(api.getPaths()).containsKeys("/api/customers/{id}", "/api/customers/{id}/history");
  }

  @Test
  void ids_are_integers_of_64_bits_and_path_parameters_are_required() {
    OpenAPI api = parse(served()).getOpenAPI();
    Schema<?> customerId =
        (Schema<?>) api.getComponents().getSchemas().get("Customer").getProperties().get("id");
    assertThat(customerId.getType()).isEqualTo("integer");
    assertThat(customerId.getFormat()).isEqualTo("int64");

    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperations().stream()
                    .map(Operation::getParameters)
                    .filter(p -> p != null)
                    .flatMap(List::stream)
                    .filter(p -> "path".equals(p.getIn()))
                    .forEach(p -> assertPathParameter(path, p)));
  }

  @Test
  void enums_are_published_as_named_schemas_with_every_value() {
    OpenAPI api = parse(served()).getOpenAPI();
    Map<String, Schema> schemas = api.getComponents().getSchemas();

    assertThat(schemas.get("Lifecycle").getEnum()).containsExactly("PROSPECT", "ACTIVE", "CHURNED");
    assertThat(schemas.get("BulkResultStatus").getEnum())
        .containsExactly("CREATED", "UPDATED", "UNCHANGED", "REJECTED");
    assertThat(schemas.get("CaseStatus").getEnum()).contains("OPEN", "RESOLVED");
  }

  @Test
  void every_schema_is_named_for_what_it_is() {
    OpenAPI api = parse(served()).getOpenAPI();

    assertThat(api.getComponents().getSchemas()).doesNotContainKeys("CreateRequest", "ApiKeyJson");
    assertThat(
            api.getPaths()
                .get("/api/customers")
                .getPost()
                .getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema()
                .get$ref())
        .isEqualTo("#/components/schemas/Customer");
  }

  @Test
  void the_served_document_equals_the_committed_snapshot() throws IOException {
    String served = served();
    Files.createDirectories(SERVED.getParent());
    Files.writeString(SERVED, served, StandardCharsets.UTF_8);

    assertThat(withoutServers(served))
        .as(
            "The served /openapi differs from the snapshot %s. If the change of the contract is"
                + " meant, refresh the snapshot from crm-web/%s (written by this test) with"
                + " .ci/refresh-openapi, and review the diff.",
            SNAPSHOT, SERVED)
        .isEqualTo(withoutServers(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)));
  }

  @Test
  void a_client_generated_from_the_contract_creates_reads_lists_and_replaces_a_customer()
      throws ApiException {
    CustomersApi customers = client();
    LocalDate before = LocalDate.now(BUSINESS_ZONE);

    Customer created = customers.createCustomer(person("契約 作成" + RUN), null);
    ApiResponse<Customer> read = customers.getCustomerWithHttpInfo(created.getId(), null);
    Customer changed = read.getData().email("contract-" + RUN + "@example.jp");
    Customer saved = customers.replaceCustomer(created.getId(), "\"1\"", changed);
    var page = customers.listCustomers("契約 作成" + RUN, null, null, null, null, null, 20, null);

    assertThat(created.getVersion()).isEqualTo(1);
    assertThat(created.getCustomerSince()).isIn(before, LocalDate.now(BUSINESS_ZONE));
    assertThat(read.getStatusCode()).isEqualTo(200);
    assertThat(read.getHeaders().get("etag")).containsExactly("\"1\"");
    assertThat(read.getData().getName()).isEqualTo("契約 作成" + RUN);
    assertThat(read.getData().getLifecycle()).isEqualTo(Customer.LifecycleEnum.PROSPECT);
    assertThat(saved.getVersion()).isEqualTo(2);
    assertThat(saved.getEmail()).isEqualTo("contract-" + RUN + "@example.jp");
    assertThat(page.getItems()).extracting(Customer::getId).containsExactly(created.getId());
  }

  @Test
  void a_generated_client_gets_412_with_a_problem_when_its_etag_is_stale() throws Exception {
    CustomersApi customers = client();
    Customer created = customers.createCustomer(person("契約 競合" + RUN), null);
    customers.replaceCustomer(created.getId(), "\"1\"", created.phone("03-1234-5678"));

    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () ->
                customers.replaceCustomer(created.getId(), "\"1\"", created.phone("03-0000-0000")));

    assertThat(stale.getCode()).isEqualTo(412);
    assertThat(stale.getResponseHeaders().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(problem(stale).getStatus()).isEqualTo(412);
  }

  @Test
  void a_generated_client_gets_400_naming_each_invalid_field() throws Exception {
    CustomersApi customers = client();

    ApiException invalid =
        catchThrowableOfType(
            ApiException.class,
            () -> customers.createCustomer(person(null).email("not an address"), null));

    assertThat(invalid.getCode()).isEqualTo(400);
    assertThat(problem(invalid).getErrors())
        .extracting(ProblemErrorsInner::getField)
        .contains("name", "email");
  }

  @Test
  void a_replacement_that_leaves_out_customer_since_keeps_the_date() throws ApiException {
    CustomersApi customers = client();
    Customer created =
        customers.createCustomer(
            person("契約 日付" + RUN).customerSince(LocalDate.of(2019, 7, 1)), null);

    Customer saved =
        customers.replaceCustomer(created.getId(), "\"1\"", created.customerSince(null));

    assertThat(saved.getCustomerSince()).isEqualTo(LocalDate.of(2019, 7, 1));
  }

  /** A prospect as a web shop pushes it: without customerSince, which defaults to today. */
  private static Customer person(String name) {
    return new Customer()
        .kind(Customer.KindEnum.PERSON)
        .name(name)
        .relationshipType(Customer.RelationshipTypeEnum.SELF_SERVICE)
        .lifecycle(Customer.LifecycleEnum.PROSPECT)
        .addExternalIdsItem(new CustomerExternalId().system("contract-it").id(name + RUN));
  }

  private CustomersApi client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Api.root(base));
    String key = Api.createKey(base, "MANAGER");
    client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + key));
    return new CustomersApi(client);
  }

  private static Problem problem(ApiException e) throws IOException {
    return ApiClient.createDefaultObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }

  private static void assertPathParameter(String path, Parameter p) {
    assertThat(p.getRequired()).as(path + " " + p.getName() + " required").isTrue();
    if (Set.of("id", "caseId", "customerId", "interactionId").contains(p.getName())) {
      assertThat(p.getSchema().getType()).as(path + " " + p.getName()).isEqualTo("integer");
      assertThat(p.getSchema().getFormat()).as(path + " " + p.getName()).isEqualTo("int64");
    }
  }

  private String served() {
    return given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(document, null, options);
  }

  /** The document without its server, whose port differs between runs. */
  static JsonValue withoutServers(String document) {
    JsonObject json = Json.createReader(new StringReader(document)).readObject();
    return Json.createObjectBuilder(json).remove("servers").build();
  }
}
