package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.ExternalId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A customer as one CSV row of the list's export: the fields of the API's customer under their API
 * names, who it is first, codes as codes; several values (segments, external ids as {@code
 * system:id}) joined by {@code ;}.
 */
final class CustomerCsv {
  static final List<String> HEADER =
      List.of(
          "id",
          "name",
          "nameKana",
          "kind",
          "email",
          "phone",
          "relationshipType",
          "lifecycle",
          "customerSince",
          "churnedOn",
          "churnReason",
          "owner",
          "segments",
          "stage",
          "preferredChannel",
          "preferredLanguage",
          "externalIds",
          "createdAt",
          "updatedAt");

  private CustomerCsv() {}

  static List<Object> row(Customer c) {
    return Arrays.asList(
        c.id(),
        c.name(),
        c.nameKana(),
        c.kind(),
        c.email(),
        c.phone(),
        c.relationshipType(),
        c.lifecycle(),
        c.customerSince(),
        c.churnedOn(),
        c.churnReason(),
        c.owner(),
        String.join(";", c.segments()),
        c.stage(),
        c.preferredChannel(),
        c.preferredLanguage(),
        c.externalIds().stream().map(CustomerCsv::id).collect(Collectors.joining(";")),
        c.created().at(),
        c.updatedAt());
  }

  private static String id(ExternalId e) {
    return e.system() + ":" + e.id();
  }
}
