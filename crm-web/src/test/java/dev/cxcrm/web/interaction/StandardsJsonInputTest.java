package dev.cxcrm.web.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardsJsonInputTest {
  private static final Set<String> FIELDS = Set.of("mode", "hours", "workingDays", "opensAt");

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static List<String> refusedFields(Runnable r) {
    InvalidInput e = catchThrowableOfType(r::run, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void reads_a_well_formed_body() {
    var in =
        new StandardsJsonInput(
            json(
                "{\"mode\":\"BUSINESS_HOURS\",\"hours\":8,\"workingDays\":[\"MONDAY\",\"SATURDAY\"],"
                    + "\"opensAt\":\"08:30\"}"),
            FIELDS);
    assertThat(in.enumValue("mode", ResponseMode.class)).isEqualTo(ResponseMode.BUSINESS_HOURS);
    assertThat(in.integer("hours")).isEqualTo(8);
    assertThat(in.enumList("workingDays", DayOfWeek.class))
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    assertThat(in.time("opensAt")).isEqualTo(LocalTime.of(8, 30));
    in.check();
  }

  @Test
  void names_every_unknown_field_and_wrong_type() {
    var in =
        new StandardsJsonInput(
            json(
                "{\"mode\":\"WHENEVER\",\"hours\":2.5,\"workingDays\":[\"MONDAY\",7],"
                    + "\"opensAt\":\"8am\",\"colour\":\"red\"}"),
            FIELDS);
    in.enumValue("mode", ResponseMode.class);
    in.integer("hours");
    in.enumList("workingDays", DayOfWeek.class);
    in.time("opensAt");
    assertThat(refusedFields(in::check))
        .containsExactlyInAnyOrder("colour", "mode", "hours", "workingDays[1]", "opensAt");
  }

  @Test
  void refuses_a_body_that_is_not_an_object() {
    assertThat(refusedFields(() -> new StandardsJsonInput(json("[1,2]"), FIELDS)))
        .containsExactly("");
    assertThat(refusedFields(() -> new StandardsJsonInput(null, FIELDS))).containsExactly("");
  }

  @Test
  void null_counts_as_left_out() {
    var in = new StandardsJsonInput(json("{\"mode\":\"NO_ANSWER\",\"hours\":null}"), FIELDS);
    assertThat(in.integer("hours")).isNull();
    in.check();
  }
}
