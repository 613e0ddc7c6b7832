package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.metrics.BenchmarkKind;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.metrics.Benchmarks;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * The benchmarks the dashboards compare with: everyone reads them, managers and admins keep them.
 */
@Path("metric-benchmarks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Metric benchmarks", description = "Industry, competitor and target figures.")
@APIResponse(
    responseCode = "403",
    description = "Only MANAGER and ADMIN keys change the benchmarks.",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class BenchmarkResource {
  private static final String ID = "{id: [0-9]{1,18}}";
  private static final Set<String> FIELDS =
      Set.of("id", "version", "metric", "kind", "name", "value", "changedAt", "changedBy");

  @Inject Benchmarks benchmarks;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listMetricBenchmarks",
      summary = "The benchmarks",
      description = "All of them, by metric, kind and name.")
  @APIResponse(
      responseCode = "200",
      description = "The benchmarks.",
      content = @Content(schema = @Schema(implementation = BenchmarkView.Items.class)))
  public BenchmarkView.Items list() {
    return new BenchmarkView.Items(benchmarks.all().stream().map(BenchmarkView::of).toList());
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getMetricBenchmark", summary = "A benchmark")
  @APIResponse(
      responseCode = "200",
      description = "The benchmark; its ETag is its version.",
      content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
  public BenchmarkView get(@PathParam("id") long id) {
    return BenchmarkView.of(benchmarks.get(id));
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "createMetricBenchmark",
      summary = "Add a benchmark",
      description = "MANAGER or ADMIN only.")
  @RequestBody(content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
  public Response create(InputStream body) {
    Benchmark b = benchmarks.add(draft(JsonInput.read(body, FIELDS)));
    return Answers.created(uri, BenchmarkResource.class, b.id(), BenchmarkView.of(b)).build();
  }

  @PUT
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "replaceMetricBenchmark",
      summary = "Change a benchmark",
      description =
          "If-Match with its ETag is required (412 when it changed since). MANAGER or"
              + " ADMIN only.")
  @RequestBody(content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The benchmark as saved.",
      content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
  public BenchmarkView replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    return BenchmarkView.of(benchmarks.change(id, version, draft(JsonInput.read(body, FIELDS))));
  }

  @DELETE
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "deleteMetricBenchmark",
      summary = "Remove a benchmark",
      description = "If-Match with its ETag is required. MANAGER or ADMIN only.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response delete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    benchmarks.remove(id, Versions.required(ifMatch));
    return Response.noContent().build();
  }

  /** The body's benchmark; a metric is named by its word (nps, retention, ...). */
  private static Benchmark.Draft draft(JsonInput json) {
    String word = json.string("metric");
    Metric<?> metric = word == null ? null : Metric.named(word).orElse(null);
    if (word != null && metric == null) {
      json.refuse(
          "metric",
          "validation.oneOf",
          "Must be one of {0}.",
          String.join(", ", Metric.all().stream().map(Metric::word).toList()));
    }
    BenchmarkKind kind = json.enumValue("kind", BenchmarkKind.class);
    String name = json.string("name");
    var value = json.decimal("value");
    json.done();
    return new Benchmark.Draft(metric, kind, name, value);
  }
}
