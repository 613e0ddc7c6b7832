package dev.cxcrm.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.journey.PainPointDraft;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainPointJsonTest {
  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static List<String> refused(Runnable read) {
    InvalidInput e = catchThrowableOfType(InvalidInput.class, read::run);
    assertThat(e).as("the body should be refused").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void reads_a_pain_point_and_ignores_what_get_answered_read_only() {
    PainPointDraft d =
        PainPointJson.read(
            json(
                "{\"touchpointId\": 7, \"title\": \"待ち時間\", \"severity\": 4, \"affectedCount\": 12,"
                    + " \"status\": \"ADDRESSED\", \"id\": 3, \"score\": 48, \"customerIds\": [1],"
                    + " \"scoreBasis\": \"ENTERED\", \"version\": 2}"));
    assertThat(d).isEqualTo(new PainPointDraft(7L, "待ち時間", null, 4, 12, PainPointStatus.ADDRESSED));
  }

  @Test
  void names_every_unknown_field_and_wrong_type() {
    assertThat(
            refused(
                () ->
                    PainPointJson.read(
                        json(
                            "{\"touchpointId\": \"7\", \"title\": 5, \"severity\": 2.5,"
                                + " \"affectedCount\": 99999999999, \"status\": \"FIXED\", \"colour\": 1}"))))
        .containsExactly("colour", "touchpointId", "title", "severity", "affectedCount", "status");
  }

  @Test
  void link_requests_need_an_array_of_positive_ids() {
    assertThat(PainPointJson.ids(json("{\"customerIds\": [3, 4]}"), "customerIds"))
        .containsExactly(3L, 4L);
    assertThat(
            refused(
                () -> PainPointJson.ids(json("{\"customerIds\": [3, -1, \"x\"]}"), "customerIds")))
        .containsExactly("customerIds[1]", "customerIds[2]");
    assertThat(refused(() -> PainPointJson.ids(json("{\"caseIds\": 3, \"x\": 1}"), "caseIds")))
        .containsExactly("x", "caseIds");
    assertThat(refused(() -> PainPointJson.ids(json("{}"), "caseIds"))).containsExactly("caseIds");
  }
}
