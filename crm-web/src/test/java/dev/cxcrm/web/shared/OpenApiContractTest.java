package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.HttpMethod;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * What /openapi promises other systems, checked on the classes: every operation has an explicit,
 * unique id (generated clients name their methods after it), and every enum the API's records carry
 * is published with the values of the Java enum.
 */
class OpenApiContractTest {
  private static final List<Class<?>> WEB_CLASSES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("dev.cxcrm.web")
              .stream()
              .map(JavaClass::reflect)
              .toList();

  @Test
  void every_api_operation_has_its_own_explicit_operation_id() {
    List<Method> operations =
        WEB_CLASSES.stream()
            .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
            .filter(OpenApiContractTest::isHttpMethod)
            .toList();

    assertThat(operations).hasSizeGreaterThan(50);
    List<String> ids =
        operations.stream()
            .map(
                m -> {
                  Operation op = m.getAnnotation(Operation.class);
                  assertThat(op).as(m.toString()).isNotNull();
                  assertThat(op.operationId()).as(m.toString()).isNotBlank();
                  return op.operationId();
                })
            .toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void every_enum_in_an_api_record_is_published_with_the_values_of_the_java_enum() {
    List<Class<?>> enums =
        WEB_CLASSES.stream()
            .filter(Class::isRecord)
            .filter(c -> c.isAnnotationPresent(Schema.class))
            .flatMap(c -> Arrays.stream(c.getRecordComponents()))
            .map(RecordComponent::getType)
            .filter(Class::isEnum)
            // Payara types only classes of the application's archive; a JDK enum (the calendar's
            // DayOfWeek) is described on its field.
            .filter(c -> c.getName().startsWith("dev.cxcrm."))
            .distinct()
            .toList();

    assertThat(enums).hasSizeGreaterThan(10);
    assertThat(ApiSchemaTypes.ENUMS.stream().<Class<?>>map(c -> c).toList()).containsAll(enums);
    ApiSchemaTypes source = new ApiSchemaTypes();
    for (Class<? extends Enum<?>> type : ApiSchemaTypes.ENUMS) {
      JsonObject schema =
          Json.createReader(
                  new StringReader(source.getValue("mp.openapi.schema." + type.getName())))
              .readObject();
      assertThat(schema.getString("type")).isEqualTo("string");
      assertThat(schema.getString("name")).isEqualTo(ApiSchemaTypes.schemaName(type));
      assertThat(schema.getJsonArray("enum").getValuesAs(JsonString::getString))
          .as(type.getName())
          .containsExactlyElementsOf(Stream.of(type.getEnumConstants()).map(Enum::name).toList());
    }
  }

  @Test
  void nested_enums_are_named_after_their_enclosing_type_so_that_names_do_not_collide() {
    assertThat(ApiSchemaTypes.ENUMS.stream().map(ApiSchemaTypes::schemaName))
        .doesNotHaveDuplicates()
        .contains("BulkResultStatus", "BulkOutcomeStatus", "Lifecycle");
  }

  @Test
  void path_templates_lose_their_jax_rs_regular_expressions() {
    assertThat(OpenApiDocument.plainTemplate("/api/customers/{id: [0-9]{1,18}}/history"))
        .isEqualTo("/api/customers/{id}/history");
    assertThat(
            OpenApiDocument.plainTemplate(
                "/api/cases/{id: [0-9]{1,18}}/interactions/{interactionId:[0-9]+}"))
        .isEqualTo("/api/cases/{id}/interactions/{interactionId}");
    assertThat(OpenApiDocument.plainTemplate("/api/customers/external/{system}/{externalId}"))
        .isEqualTo("/api/customers/external/{system}/{externalId}");
  }

  private static boolean isHttpMethod(Method m) {
    return Arrays.stream(m.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }
}
