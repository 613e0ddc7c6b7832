package dev.cxcrm.ejb.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.CustomerRules;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.RelationshipType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleCustomersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final List<CustomerDraft> sample =
      SampleCustomers.generate(300, List.of("sato", "tanaka"), TODAY);

  @Test
  void every_sample_customer_keeps_the_rules() {
    for (CustomerDraft d : sample) {
      assertThatCode(() -> CustomerRules.check(d, TODAY)).as(d.name()).doesNotThrowAnyException();
    }
  }

  @Test
  void the_sample_covers_every_relationship_type_lifecycle_and_kind() {
    Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
    Set<Lifecycle> lifecycles = EnumSet.noneOf(Lifecycle.class);
    Set<CustomerKind> kinds = EnumSet.noneOf(CustomerKind.class);
    sample.forEach(
        d -> {
          types.add(d.relationshipType());
          lifecycles.add(d.lifecycle());
          kinds.add(d.kind());
        });
    assertThat(types).containsExactlyInAnyOrder(RelationshipType.values());
    assertThat(lifecycles).containsExactlyInAnyOrder(Lifecycle.values());
    assertThat(kinds).containsExactlyInAnyOrder(CustomerKind.values());
  }

  @Test
  void external_ids_are_unique_and_the_sample_is_the_same_every_time() {
    Set<ExternalId> seen = new HashSet<>();
    sample.forEach(
        d -> d.externalIds().forEach(x -> assertThat(seen.add(x)).as(x.toString()).isTrue()));
    assertThat(SampleCustomers.generate(300, List.of("sato", "tanaka"), TODAY)).isEqualTo(sample);
  }
}
