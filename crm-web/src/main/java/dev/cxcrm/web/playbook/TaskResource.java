package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.playbook.TaskId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.playbook.TaskItem;
import dev.cxcrm.ejb.playbook.TaskService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.playbook.PlaybookViews.DoneBody;
import dev.cxcrm.web.playbook.PlaybookViews.RescheduleBody;
import dev.cxcrm.web.playbook.PlaybookViews.SkipBody;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.QueryInput;
import dev.cxcrm.web.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proactive tasks for other systems and the agent's day: the caller's queue, the team's, a
 * customer's; done, rescheduled or skipped under If-Match. Every use case is one call of {@link
 * TaskService}.
 */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Tasks", description = "Proactive steps of the playbooks, due for customers.")
public class TaskResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject TaskService tasks;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "listTasks",
      summary = "List open tasks",
      description =
          "Earliest due first. With customerId: that customer's open tasks (one list, next is null). "
              + "Otherwise scope=mine (default): the caller's; scope=team: those nobody in particular "
              + "owns; by keyset pages (pass next as cursor).")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = TaskView.Page.class)))
  public TaskView.Page list(
      @Parameter(
              description =
                  "mine: the caller's tasks; team: those nobody in particular owns (for an agent, "
                      + "of customers it may change).",
              schema =
                  @Schema(
                      defaultValue = "mine",
                      type = SchemaType.STRING,
                      enumeration = {"mine", "team"}))
          @QueryParam("scope")
          String scope,
      @Parameter(
              description = "A customer's open tasks instead of a queue.",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("customerId")
          String customerId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    QueryInput in = new QueryInput();
    var s = in.enumIgnoringCase("scope", scope, TaskService.Scope.class, TaskService.Scope.MINE);
    Long customer = in.id("customerId", customerId);
    int size = in.limit(limit, TaskService.PAGE_DEFAULT, TaskService.PAGE_MAX);
    in.done();
    if (customer != null) {
      return new TaskView.Page(
          tasks.forCustomer(CustomerId.lookup(customer)).stream().map(this::view).toList(), null);
    }
    return Answers.page(tasks.queue(s, cursor, size), this::view, TaskView.Page::new);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getTask",
      summary = "Read a task",
      description = "The ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The task.",
      content = @Content(schema = @Schema(implementation = TaskView.class)))
  public TaskView get(@PathParam("id") long id) {
    return view(tasks.get(TaskId.lookup(id)));
  }

  @POST
  @Path(ID + "/done")
  @Operation(
      operationId = "completeTask",
      summary = "Do a task",
      description =
          "Logs the proactive contact on the customer's timeline (purpose PROACTIVE, subject the "
              + "step's name) and closes the task. Needs If-Match. 409 when the task is not open.")
  @RequestBody(content = @Content(schema = @Schema(implementation = DoneBody.class)))
  @APIResponse(
      responseCode = "200",
      description = "The task, done.",
      content = @Content(schema = @Schema(implementation = TaskView.class)))
  public TaskView done(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    var how = PlaybookJson.done(JsonInput.parseObject(body));
    return view(tasks.done(TaskId.lookup(id), version, how));
  }

  @POST
  @Path(ID + "/reschedule")
  @Operation(
      operationId = "rescheduleTask",
      summary = "Reschedule a task",
      description = "Due on another day, today or later. Needs If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = RescheduleBody.class)))
  @APIResponse(
      responseCode = "200",
      description = "The task, rescheduled.",
      content = @Content(schema = @Schema(implementation = TaskView.class)))
  public TaskView reschedule(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    var r = PlaybookJson.reschedule(JsonInput.parseObject(body));
    return view(tasks.reschedule(TaskId.lookup(id), version, r.dueOn(), r.reason()));
  }

  @POST
  @Path(ID + "/skip")
  @Operation(
      operationId = "skipTask",
      summary = "Skip a task",
      description = "Not done this time; the reason is required. Needs If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = SkipBody.class)))
  @APIResponse(
      responseCode = "200",
      description = "The task, skipped.",
      content = @Content(schema = @Schema(implementation = TaskView.class)))
  public TaskView skip(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    String reason = PlaybookJson.skipReason(JsonInput.parseObject(body));
    return view(tasks.skip(TaskId.lookup(id), version, reason));
  }

  @POST
  @Path("planning")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "planTasks",
      summary = "Plan the playbooks' tasks now",
      description =
          "MANAGER or ADMIN. Does what the hourly run does (after a playbook was changed, say): "
              + "makes the tasks due up to 14 days ahead that are not made yet, never one twice. "
              + "409 while another server is planning.")
  @APIResponse(
      responseCode = "200",
      description = "Planned; the last day planned.",
      content = @Content(schema = @Schema(implementation = PlanningView.class)))
  public PlanningView plan() {
    return new PlanningView(tasks.planNow());
  }

  private TaskView view(TaskItem task) {
    return TaskView.of(task, time.zone());
  }

  @Schema(name = "TaskPlanning")
  public record PlanningView(
      @Schema(type = SchemaType.STRING, format = "date") java.time.LocalDate plannedThrough) {}
}
