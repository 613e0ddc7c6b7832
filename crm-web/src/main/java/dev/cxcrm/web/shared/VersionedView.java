package dev.cxcrm.web.shared;

/**
 * The API's view of one record that clients change with If-Match. An answer that carries such a
 * view carries the record's version as its ETag ({@link VersionTags}), and the /openapi document
 * says so ({@link OpenApiDocument}): no resource sets or documents the tag itself.
 */
public interface VersionedView {
  int version();
}
