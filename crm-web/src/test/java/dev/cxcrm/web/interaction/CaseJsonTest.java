package dev.cxcrm.web.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseJsonTest {
  private static final Set<String> FIELDS =
      Set.of("customerId", "type", "priority", "subject", "owner", "interactionIds");

  private static CaseJson read(String body) {
    return CaseJson.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), FIELDS);
  }

  @Test
  void a_well_formed_body_reads_every_field() {
    CaseJson json =
        read(
            "{\"customerId\":7,\"type\":\"COMPLAINT\",\"priority\":\"HIGH\",\"subject\":\"届かない\","
                + "\"owner\":null,\"interactionIds\":[3,4]}");
    assertThat(json.number("customerId")).isEqualTo(7L);
    assertThat(json.enumValue("type", CaseType.class)).isEqualTo(CaseType.COMPLAINT);
    assertThat(json.enumValue("priority", CasePriority.class)).isEqualTo(CasePriority.HIGH);
    assertThat(json.text("subject")).isEqualTo("届かない");
    assertThat(json.has("owner")).isTrue();
    assertThat(json.text("owner")).isNull();
    assertThat(json.ids("interactionIds")).containsExactly(3L, 4L);
    json.done();
  }

  @Test
  void unknown_fields_wrong_types_and_unknown_names_are_all_reported_by_field() {
    CaseJson json =
        read(
            "{\"customerId\":\"7\",\"type\":\"WISH\",\"subject\":3,\"interactionIds\":[1,\"x\"],"
                + "\"colour\":\"red\"}");
    json.number("customerId");
    json.enumValue("type", CaseType.class);
    json.text("subject");
    json.ids("interactionIds");
    assertThatThrownBy(json::done)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrderElementsOf(
                        List.of("colour", "customerId", "type", "subject", "interactionIds[1]")));
  }

  @Test
  void a_body_that_is_not_a_json_object_is_refused() {
    assertThatThrownBy(() -> read("not json")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(InvalidInput.class);
  }
}
