package dev.cxcrm.web.interaction;

import dev.cxcrm.web.shared.KeysetModel;

/** A case list paged by keyset, as the customer list is (see KeysetModel), keyed by case id. */
public class KeysetCaseModel extends KeysetModel<CaseRow> {
  private static final long serialVersionUID = 1L;

  /** One page of the current case search, from the service. */
  interface Source extends KeysetModel.Source<CaseRow> {}

  KeysetCaseModel(Source source) {
    super(source);
  }

  @Override
  protected long idOf(CaseRow row) {
    return row.id();
  }
}
