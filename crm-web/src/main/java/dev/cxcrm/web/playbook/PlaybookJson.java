package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.StepDraft;
import dev.cxcrm.domain.playbook.Trigger;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.playbook.TaskDone;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

/** The request bodies of the playbook API, read by {@link JsonInput}. */
final class PlaybookJson {
  private static final Set<String> STEP =
      Set.of("trigger", "amount", "dateKind", "nameJa", "nameEn", "active");
  private static final Set<String> STEP_READ_ONLY = Set.of("id", "relationshipType", "version");

  private PlaybookJson() {}

  static StepDraft step(RelationshipType type, JsonObject o) {
    return read(
        o,
        STEP,
        STEP_READ_ONLY,
        in ->
            new StepDraft(
                type,
                in.enumValue("trigger", Trigger.class),
                in.integer("amount"),
                in.enumValue("dateKind", ImportantDateKind.class),
                in.string("nameJa"),
                in.string("nameEn"),
                in.bool("active")));
  }

  static Assignment assignment(JsonObject o) {
    return read(
        o,
        Set.of("assignment"),
        Set.of("relationshipType", "steps", "version"),
        in -> {
          in.require("assignment");
          return in.enumValue("assignment", Assignment.class);
        });
  }

  static TaskDone done(JsonObject o) {
    return read(
        o,
        Set.of("channel", "occurredAt", "summary", "outcome"),
        Set.of(),
        in ->
            new TaskDone(
                in.enumValue("channel", Channel.class),
                in.instant("occurredAt"),
                in.string("summary"),
                in.string("outcome")));
  }

  /** A new due day and, optionally, why. */
  record Reschedule(LocalDate dueOn, String reason) {}

  static Reschedule reschedule(JsonObject o) {
    return read(
        o,
        Set.of("dueOn", "reason"),
        Set.of(),
        in -> {
          in.require("dueOn");
          return new Reschedule(in.date("dueOn"), in.string("reason"));
        });
  }

  static String skipReason(JsonObject o) {
    return read(o, Set.of("reason"), Set.of(), in -> in.string("reason"));
  }

  private static <T> T read(
      JsonObject o, Set<String> fields, Set<String> ignored, Function<JsonInput, T> body) {
    JsonInput in = JsonInput.of(o, fields, ignored);
    T value = body.apply(in);
    in.done();
    return value;
  }
}
