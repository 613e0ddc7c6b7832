package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

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

  /**
   * The answer to a conditional GET: 304 with the ETag when If-None-Match names the record's
   * version (the client's copy is current), else 200 with the view, made only then.
   */
  public static Response unlessCurrent(String ifNoneMatch, int version, Supplier<?> view) {
    return Versions.matchesAny(ifNoneMatch, version)
        ? Response.notModified(Versions.etag(version)).build()
        : Response.ok(view.get()).build();
  }

  /**
   * One keyset page of the API: the service's page with each item as its view, wrapped in the
   * resource's page record (items and the cursor of the next page).
   */
  public static <T, V, P> P page(
      Page<T> page, Function<? super T, V> view, BiFunction<List<V>, String, P> wrap) {
    return wrap.apply(page.items().stream().map(view).toList(), page.next());
  }
}
