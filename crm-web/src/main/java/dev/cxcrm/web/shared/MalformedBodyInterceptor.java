package dev.cxcrm.web.shared;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body JSON-P cannot read (cut short, not in a Unicode encoding, not JSON) is the
 * client's mistake: the reader's own exception would otherwise reach the catch-all mapper as a 500.
 * Only reading the request is covered, so a fault in writing an answer stays a 500.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonException e) {
      throw new WebApplicationException(e, MalformedJsonMapper.malformed());
    }
  }
}
