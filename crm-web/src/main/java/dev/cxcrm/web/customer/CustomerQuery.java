package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.CustomerSort;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.QueryInput;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of the customer list turned into a {@link CustomerSearch}. Checked here in
 * code rather than with Bean Validation on the parameters, which breaks Payara's /openapi
 * (STACK.md).
 */
final class CustomerQuery {
  static final List<String> SORTS =
      List.of("name", "-name", "customerSince", "-customerSince", "created", "-created");
  private static final Map<String, CustomerSort> SORT =
      Map.of(
          "name",
          CustomerSort.NAME_ASC,
          "-name",
          CustomerSort.NAME_DESC,
          "customerSince",
          CustomerSort.SINCE_ASC,
          "-customerSince",
          CustomerSort.SINCE_DESC,
          "created",
          CustomerSort.CREATED_ASC,
          "-created",
          CustomerSort.CREATED_DESC);

  private CustomerQuery() {}

  static CustomerSearch search(
      String q,
      String relationshipType,
      String lifecycle,
      String segment,
      String owner,
      String sort,
      String limit) {
    QueryInput in = new QueryInput();
    RelationshipType type =
        in.enumValue("relationshipType", relationshipType, RelationshipType.class);
    Lifecycle life = in.enumValue("lifecycle", lifecycle, Lifecycle.class);
    String order = in.word("sort", sort, SORTS, null);
    int size = in.limit(limit, CustomerSearch.DEFAULT_LIMIT, CustomerSearch.MAX_LIMIT);
    in.done();
    return new CustomerSearch(
        q, type, life, segment, owner, order == null ? null : SORT.get(order), size);
  }
}
