package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonInputTest {
  private static final Set<String> CASE =
      Set.of("customerId", "type", "priority", "subject", "owner", "interactionIds");

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<FieldError> refused(Runnable r) {
    InvalidInput e = catchThrowableOfType(r::run, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors();
  }

  private static List<String> refusedFields(Runnable r) {
    return refused(r).stream().map(FieldError::field).toList();
  }

  @Test
  void a_well_formed_body_reads_every_field() {
    JsonInput in =
        JsonInput.read(
            body(
                "{\"customerId\":7,\"type\":\"COMPLAINT\",\"priority\":\"HIGH\",\"subject\":\"届かない\","
                    + "\"owner\":null,\"interactionIds\":[3,4]}"),
            CASE);
    assertThat(in.longValue("customerId")).isEqualTo(7L);
    assertThat(in.enumValue("type", CaseType.class)).isEqualTo(CaseType.COMPLAINT);
    assertThat(in.enumValue("priority", CasePriority.class)).isEqualTo(CasePriority.HIGH);
    assertThat(in.string("subject")).isEqualTo("届かない");
    assertThat(in.longs("interactionIds")).containsExactly(3L, 4L);
    in.done();
  }

  @Test
  void an_unknown_field_is_refused_by_its_name_and_read_only_fields_are_ignored() {
    assertThat(refusedFields(() -> JsonInput.of(json("{\"colour\":1,\"id\":3}"), CASE).done()))
        .containsExactly("colour", "id");
    JsonInput.of(json("{\"id\":3,\"subject\":\"x\"}"), CASE, Set.of("id")).done();
    assertThat(refused(() -> JsonInput.of(json("{\"colour\":1}"), CASE).done()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.messageKey()).isEqualTo("validation.unknownField");
              assertThat(f.message()).isEqualTo("Unknown field.");
            });
  }

  @Test
  void unknown_fields_wrong_types_and_unknown_names_are_all_reported_at_once() {
    JsonInput in =
        JsonInput.read(
            body(
                "{\"customerId\":\"7\",\"type\":\"WISH\",\"subject\":3,\"interactionIds\":[1,\"x\"],"
                    + "\"colour\":\"red\"}"),
            CASE);
    in.longValue("customerId");
    in.enumValue("type", CaseType.class);
    in.string("subject");
    in.longs("interactionIds");
    assertThat(refusedFields(in::done))
        .containsExactly("colour", "customerId", "type", "subject", "interactionIds[1]");
  }

  @Test
  void a_wrong_type_names_the_kind_of_value_expected() {
    JsonInput in =
        JsonInput.of(
            json("{\"a\":1,\"b\":\"1\",\"c\":\"yes\",\"d\":{},\"e\":\"x\",\"f\":\"2024-13-01\"}"),
            Set.of("a", "b", "c", "d", "e", "f"));
    in.string("a");
    in.longValue("b");
    in.bool("c");
    in.array("d");
    in.object("e", Set.of(), x -> x);
    in.date("f");
    assertThat(refused(in::done))
        .extracting(FieldError::messageKey)
        .containsExactly(
            "validation.string",
            "validation.integer",
            "validation.boolean",
            "validation.array",
            "validation.object",
            "validation.date");
  }

  @Test
  void an_enum_name_not_in_the_list_is_refused_listing_the_names() {
    JsonInput in =
        JsonInput.of(json("{\"mode\":\"WHENEVER\",\"low\":\"high\"}"), Set.of("mode", "low"));
    in.enumValue("mode", ResponseMode.class);
    in.enumValue("low", CasePriority.class);
    List<FieldError> errors = refused(in::done);
    assertThat(errors).extracting(FieldError::messageKey).containsOnly("validation.oneOf");
    assertThat(errors.get(1).message()).isEqualTo("Must be one of LOW, NORMAL, HIGH, URGENT.");
  }

  @Test
  void a_number_too_large_for_its_type_is_refused_not_wrapped() {
    JsonInput in =
        JsonInput.of(
            json(
                "{\"count\":2147483648,\"id\":9223372036854775808,\"big\":9223372036854775807,"
                    + "\"half\":2.5,\"zero\":0}"),
            Set.of("count", "id", "big", "half", "zero"));
    assertThat(in.integer("count")).isNull();
    assertThat(in.longValue("id")).isNull();
    assertThat(in.longValue("big")).isEqualTo(Long.MAX_VALUE);
    assertThat(in.integer("half")).isNull();
    assertThat(in.id("zero")).isNull();
    assertThat(refused(in::done))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("count", "validation.integer"),
            org.assertj.core.groups.Tuple.tuple("id", "validation.integer"),
            org.assertj.core.groups.Tuple.tuple("half", "validation.integer"),
            org.assertj.core.groups.Tuple.tuple("zero", "validation.id"));
  }

  @Test
  void null_reads_as_no_value_like_an_absent_member_and_has_tells_them_apart() {
    JsonInput in = JsonInput.of(json("{\"owner\":null,\"interactionIds\":null}"), CASE);
    assertThat(in.string("owner")).isNull();
    assertThat(in.string("subject")).isNull();
    assertThat(in.longs("interactionIds")).isEmpty();
    assertThat(in.has("owner")).isTrue();
    assertThat(in.has("subject")).isFalse();
    in.done();
  }

  @Test
  void a_required_member_is_refused_when_absent_or_null_but_not_twice_when_mistyped() {
    JsonInput absent = JsonInput.of(json("{\"subject\":null}"), CASE);
    absent.require("subject");
    absent.require("owner");
    assertThat(refused(absent::done))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("subject", "validation.required"),
            org.assertj.core.groups.Tuple.tuple("owner", "validation.required"));
    JsonInput mistyped = JsonInput.of(json("{\"subject\":3}"), CASE);
    mistyped.require("subject");
    mistyped.string("subject");
    assertThat(refusedFields(mistyped::done)).containsExactly("subject");
  }

  @Test
  void nested_objects_and_list_entries_are_named_by_their_path() {
    JsonInput in =
        JsonInput.of(
            json(
                "{\"address\":{\"zip\":1},\"externalIds\":[{\"system\":\"shop\",\"id\":\"1\"},"
                    + "{\"system\":7,\"id\":\"2\"},\"x\"],\"segments\":[\"a\",3]}"),
            Set.of("address", "externalIds", "segments"));
    in.object("address", Set.of("street"), a -> a.string("street"));
    List<String> systems =
        in.objects("externalIds", Set.of("system", "id"), x -> String.valueOf(x.string("system")));
    in.strings("segments");
    assertThat(systems).containsExactly("shop", "null");
    assertThat(refusedFields(in::done))
        .containsExactly("address.zip", "externalIds[1].system", "externalIds[2]", "segments[1]");
  }

  @Test
  void an_instant_keeps_microseconds_as_the_database_does_so_a_replay_matches_what_was_stored() {
    JsonInput in =
        JsonInput.of(
            json("{\"at\":\"2026-11-23T10:15:00.123456789+09:00\",\"n\":19.90}"),
            Set.of("at", "n"));
    assertThat(in.instant("at")).isEqualTo(Instant.parse("2026-11-23T01:15:00.123456Z"));
    assertThat(in.decimal("n")).isEqualByComparingTo("19.9");
    in.done();
    assertThat(
            refused(
                () -> {
                  JsonInput bad = JsonInput.of(json("{\"n\":\"19.90\"}"), Set.of("n"));
                  bad.decimal("n");
                  bad.done();
                }))
        .extracting(FieldError::messageKey)
        .containsExactly("validation.number");
  }

  @Test
  void times_dates_instants_and_enum_lists_are_read_by_their_iso_forms() {
    JsonInput in =
        JsonInput.of(
            json(
                "{\"opensAt\":\"08:30\",\"day\":\"2026-04-01\",\"at\":\"2026-11-23T10:15:00+09:00\","
                    + "\"workingDays\":[\"MONDAY\",\"SATURDAY\"]}"),
            Set.of("opensAt", "day", "at", "workingDays"));
    assertThat(in.time("opensAt")).isEqualTo(LocalTime.of(8, 30));
    assertThat(in.date("day")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(in.instant("at")).isEqualTo(Instant.parse("2026-11-23T01:15:00Z"));
    assertThat(in.enums("workingDays", DayOfWeek.class))
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    in.done();
  }

  @Test
  void a_bad_time_instant_or_enum_entry_is_refused_by_its_path() {
    JsonInput in =
        JsonInput.of(
            json(
                "{\"mode\":\"WHENEVER\",\"hours\":2.5,\"workingDays\":[\"MONDAY\",7,\"FUNDAY\"],"
                    + "\"opensAt\":\"8am\",\"at\":\"2026-11-23T10:15:00\",\"colour\":\"red\"}"),
            Set.of("mode", "hours", "workingDays", "opensAt", "at"));
    in.enumValue("mode", ResponseMode.class);
    in.integer("hours");
    in.enums("workingDays", DayOfWeek.class);
    in.time("opensAt");
    in.instant("at");
    assertThat(refused(in::done))
        .extracting(FieldError::field)
        .containsExactly(
            "colour", "mode", "hours", "workingDays[1]", "workingDays[2]", "opensAt", "at");
    assertThat(refused(in::done).get(6).message()).startsWith("Use ISO-8601");
  }

  @Test
  void a_body_that_is_not_a_json_object_is_refused_on_the_empty_field() {
    assertThat(refused(() -> JsonInput.parseObject(body("{\"name\":"))))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", "validation.json"));
    assertThat(refusedFields(() -> JsonInput.parseObject(body("[1,2]")))).containsExactly("");
    assertThat(refusedFields(() -> JsonInput.of(json("[1,2]"), CASE))).containsExactly("");
    assertThat(refusedFields(() -> JsonInput.of(null, CASE))).containsExactly("");
    assertThat(JsonInput.parseObject(body("{\"name\":\"高橋\"}")).getString("name")).isEqualTo("高橋");
  }

  @Test
  void bulk_items_are_an_array_of_at_most_the_maximum() {
    JsonArray items = JsonInput.items(json("{\"items\":[{},{}]}"), 2);
    assertThat(items).hasSize(2);
    assertThat(refusedFields(() -> JsonInput.items(json("{\"items\":[1,2,3]}"), 2)))
        .containsExactly("items");
    assertThat(refusedFields(() -> JsonInput.items(json("{\"rows\":[]}"), 2)))
        .containsExactly("rows", "items");
  }

  @Test
  void every_value_error_uses_one_message_key_per_meaning() {
    assertThatThrownBy(() -> InputErrors.of("x", "colour"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(InputErrors.of("x", "string").messageKey()).isEqualTo("validation.string");
  }

  @Test
  void answers_read_as_written_and_a_wrong_kind_is_refused_on_its_question() {
    JsonInput in =
        JsonInput.of(
            json(
                "{\"answers\":{\"q1\":9,\"half\":6.5,\"why\":\"遅い\","
                    + "\"good\":[\"speed\",\"staff\"],\"none\":null}}"),
            Set.of("answers"));
    assertThat(in.answers("answers"))
        .containsEntry("q1", List.of("9"))
        .containsEntry("half", List.of("6.5"))
        .containsEntry("why", List.of("遅い"))
        .containsEntry("good", List.of("speed", "staff"))
        .containsEntry("none", List.of());
    in.done();

    JsonInput wrong =
        JsonInput.of(
            json("{\"answers\":{\"q1\":true,\"good\":[{\"a\":1}],\"ok\":3}}"), Set.of("answers"));
    assertThat(wrong.answers("answers")).containsOnlyKeys("ok");
    assertThat(refusedFields(wrong::done)).containsExactly("answers.q1", "answers.good");
    JsonInput array = JsonInput.of(json("{\"answers\":[1]}"), Set.of("answers"));
    assertThat(array.answers("answers")).isEmpty();
    assertThat(refusedFields(array::done)).containsExactly("answers");
  }
}
