package dev.cxcrm.web.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Gives every successful answer that carries a {@link VersionedView} its version as the ETag. */
@Provider
public class VersionTags implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof VersionedView view
        && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag(view.version()));
    }
  }
}
