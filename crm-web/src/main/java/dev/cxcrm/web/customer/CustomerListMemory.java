package dev.cxcrm.web.customer;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The query of the customer list the user last looked at, so that the link back from a customer
 * page returns to the same filtered list. The URL of the list holds the same query (bookmarks and
 * the browser's Back need nothing from here).
 */
@Named
@SessionScoped
public class CustomerListMemory implements Serializable {
  private static final long serialVersionUID = 1L;

  private String query = "";

  void remember(String query) {
    this.query = query == null ? "" : query;
  }

  /** The list with the last search, filters and order, as a link for the page. */
  public String getHref() {
    String path =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/customers.xhtml";
    return query.isEmpty() ? path : path + "?" + query;
  }
}
