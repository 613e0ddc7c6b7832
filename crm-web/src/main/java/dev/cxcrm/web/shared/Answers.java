package dev.cxcrm.web.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The success answers that every resource gives the same way. */
public final class Answers {
  private Answers() {}

  /**
   * 201 Created with the new record's address ({@code Location}: the resource's path and the id)
   * and its view, whose version becomes the ETag when it is a {@link VersionedView}.
   */
  public static Response.ResponseBuilder created(
      UriInfo uri, Class<?> resource, Object id, Object view) {
    return Response.created(uri.getBaseUriBuilder().path(resource).path(id.toString()).build())
        .entity(view);
  }

  /**
   * The answer to an idempotent create: 201 as {@link #created} when it was created now, 200 with
   * the record created first when the same content came before under its external id.
   */
  public static Response createdOrFound(
      UriInfo uri, Class<?> resource, Object id, Object view, boolean createdNow) {
    return createdNow ? created(uri, resource, id, view).build() : Response.ok(view).build();
  }
}
