package dev.cxcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * Payara's OpenAPI generator cannot describe enums, so the API records list their values in
 * {@code @Schema(enumeration)}; this keeps those lists equal to the enums they document.
 */
class CustomerSchemaTest {
  @Test
  void every_enum_field_of_the_api_documents_exactly_the_enum_values() {
    List<RecordComponent> enums =
        Stream.of(CustomerView.class, HistoryView.class, BulkView.class)
            .flatMap(c -> Stream.concat(Stream.of(c), Arrays.stream(c.getDeclaredClasses())))
            .filter(Class::isRecord)
            .flatMap(c -> Arrays.stream(c.getRecordComponents()))
            .filter(rc -> rc.getType().isEnum())
            .toList();

    assertThat(enums)
        .extracting(RecordComponent::getName)
        .contains("kind", "relationshipType", "lifecycle", "preferredChannel", "action", "status");
    enums.forEach(CustomerSchemaTest::documentsItsValues);
  }

  private static void documentsItsValues(RecordComponent rc) {
    Schema schema = rc.getAccessor().getAnnotation(Schema.class);
    String where = rc.getDeclaringRecord().getSimpleName() + "." + rc.getName();
    assertThat(schema).as(where).isNotNull();
    String[] names =
        Arrays.stream(rc.getType().getEnumConstants())
            .map(e -> ((Enum<?>) e).name())
            .toArray(String[]::new);
    assertThat(schema.enumeration()).as(where).containsExactly(names);
  }
}
