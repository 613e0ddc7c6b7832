package dev.cxcrm.web.shared;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Repairs what Payara's OpenAPI generator gets wrong, so that clients generated from /openapi work:
 * every {@code @Schema} leaks {@code maxProperties: 0} (which would forbid any property), and enums,
 * dates and instants come out as {@code type: object} even with {@code type = STRING} given. Registered
 * with {@code mp.openapi.filter}.
 */
public class OpenApiCleanup implements OASFilter {
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    boolean textual = schema.getFormat() != null
        || (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty());
    if (schema.getType() == Schema.SchemaType.OBJECT && textual && schema.getProperties() == null) {
      schema.setType(Schema.SchemaType.STRING);
    }
    return schema;
  }
}
