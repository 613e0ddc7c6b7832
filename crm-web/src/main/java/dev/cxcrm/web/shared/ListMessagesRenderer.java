package dev.cxcrm.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with valid list markup: PrimeFaces 15 gives each {@code <li>} of a message
 * list {@code role="alert"}, which takes the list item out of its list (axe-core's "list" rule,
 * WCAG 1.3.1; primefaces/primefaces#14864, fixed after 15.0.13). The messages container already is
 * an {@code aria-live} region, so the messages are still announced. Remove this class, and its
 * entry in faces-config.xml, with the PrimeFaces release that carries the fix.
 */
public class ListMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
  }

  private static final class WithoutAlertRole extends ResponseWriterWrapper {
    WithoutAlertRole(ResponseWriter writer) {
      super(writer);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!("role".equals(name) && "alert".equals(value))) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
