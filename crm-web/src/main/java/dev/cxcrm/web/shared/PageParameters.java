package dev.cxcrm.web.shared;

import jakarta.faces.context.FacesContext;

/** The request parameters a page is opened with, read as the API reads its query parameters. */
public final class PageParameters {
  private PageParameters() {}

  /**
   * The record a page shows ({@code customer.xhtml?id=51}); null when absent or unreadable, so the
   * page shows no record, as for an unknown one.
   */
  public static Long id() {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    return new QueryInput().id("id", value);
  }
}
