package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.CustomerSearch;
import dev.cxcrm.domain.customer.CustomerSort;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.customer.RelationshipType;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of the customer list turned into a {@link CustomerSearch}. Checked here in
 * code rather than with Bean Validation on the parameters, which breaks Payara's /openapi
 * (STACK.md).
 */
final class CustomerQuery {
  static final String SORTS = "name, -name, customerSince, -customerSince, created, -created";
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
    List<FieldError> errors = new ArrayList<>();
    RelationshipType type =
        enumValue(relationshipType, "relationshipType", RelationshipType.class, errors);
    Lifecycle life = enumValue(lifecycle, "lifecycle", Lifecycle.class, errors);
    CustomerSort order = null;
    if (sort != null && !sort.isBlank()) {
      order = SORT.get(sort.strip());
      if (order == null) {
        errors.add(FieldError.of("sort", "validation.oneOf", "Must be one of {0}.", SORTS));
      }
    }
    int size = CustomerSearch.DEFAULT_LIMIT;
    if (limit != null && !limit.isBlank()) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > CustomerSearch.MAX_LIMIT) {
        errors.add(
            FieldError.of(
                "limit",
                "validation.range",
                "Must be a whole number from {0} to {1}.",
                1,
                CustomerSearch.MAX_LIMIT));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new CustomerSearch(q, type, life, segment, owner, order, size);
  }

  private static <E extends Enum<E>> E enumValue(
      String s, String field, Class<E> type, List<FieldError> errors) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.strip());
    } catch (IllegalArgumentException e) {
      errors.add(CustomerJson.oneOf(field, type));
      return null;
    }
  }
}
