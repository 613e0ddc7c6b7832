package dev.cxcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.ExternalId;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerJsonTest {
  private static final String FULL =
      """
      {"kind":"COMPANY","name":"株式会社 山田商店","nameKana":"やまだしょうてん","email":"Info@Yamada.example.jp",
       "phone":"03-1234-5678","address":{"postalCode":"100-0001","region":"東京都","locality":"千代田区","street":"1-1"},
       "relationshipType":"DEDICATED_PERSONAL_ASSISTANCE","lifecycle":"ACTIVE","owner":"suzuki",
       "segments":["VIP","法人"],"consent":{"email":true,"survey":false,"phone":true,"sms":false},
       "customerSince":"2020-04-01","externalIds":[{"system":"shop","id":"A-1"}],
       "contacts":[{"name":"山田 花子","role":"購買","email":"hanako@yamada.example.jp","phone":"090-0000-0000"}],
       "preferredChannel":"EMAIL","preferredLanguage":"ja",
       "importantDates":[{"kind":"RENEWAL","date":"2026-04-01","label":"契約更新"}]}
      """;

  @Test
  void reads_every_field_of_a_japanese_company() {
    CustomerDraft d = CustomerJson.read(json(FULL));

    assertThat(d.kind()).isEqualTo(CustomerKind.COMPANY);
    assertThat(d.name()).isEqualTo("株式会社 山田商店");
    assertThat(d.nameKana()).isEqualTo("ヤマダショウテン");
    assertThat(d.email()).isEqualTo("info@yamada.example.jp");
    assertThat(d.address().region()).isEqualTo("東京都");
    assertThat(d.relationshipType()).isEqualTo(RelationshipType.DEDICATED_PERSONAL_ASSISTANCE);
    assertThat(d.segments()).containsExactly("VIP", "法人");
    assertThat(d.consent().email()).isTrue();
    assertThat(d.consent().phone()).isTrue();
    assertThat(d.consent().sms()).isFalse();
    assertThat(d.customerSince()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(d.externalIds()).containsExactly(new ExternalId("shop", "A-1"));
    assertThat(d.contacts()).singleElement().satisfies(c -> assertThat(c.role()).isEqualTo("購買"));
    assertThat(d.preferredChannel()).isEqualTo(Channel.EMAIL);
    assertThat(d.importantDates())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(ImportantDateKind.RENEWAL);
              assertThat(x.label()).isEqualTo("契約更新");
            });
  }

  @Test
  void names_every_unknown_field_with_its_path() {
    assertThat(
            fieldsOf(
                """
        {"name":"a","nickname":"x","consent":{"email":true,"fax":true},"externalIds":[{"system":"s","id":"1","x":1}],
         "address":{"city":"x"}}
        """))
        .containsExactlyInAnyOrder("nickname", "consent.fax", "externalIds[0].x", "address.city");
  }

  @Test
  void names_fields_of_the_wrong_type() {
    assertThat(
            fieldsOf(
                """
        {"name":5,"consent":{"email":"yes"},"segments":"VIP","externalIds":[{"system":"s","id":"1"},{"system":7,"id":"2"}],
         "contacts":["x"],"address":[]}
        """))
        .containsExactlyInAnyOrder(
            "name", "consent.email", "segments", "externalIds[1].system", "contacts[0]", "address");
  }

  @Test
  void names_bad_dates_and_enum_values() {
    InvalidInput e =
        invalid(
            """
        {"kind":"ROBOT","customerSince":"2024-02-30","churnedOn":"01/02/2024","lifecycle":"active",
         "importantDates":[{"kind":"BIRTHDAY","date":"tomorrow"}]}
        """);
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "kind", "customerSince", "churnedOn", "lifecycle", "importantDates[0].date");
    assertThat(e.errors())
        .filteredOn(f -> f.field().equals("kind"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Must be one of PERSON, COMPANY."));
  }

  @Test
  void ignores_the_read_only_fields() {
    CustomerDraft d =
        CustomerJson.read(
            json(
                """
        {"id":99,"version":7,"createdAt":"2020-01-01T00:00:00Z","updatedAt":"x","name":"佐藤"}
        """));
    assertThat(d.name()).isEqualTo("佐藤");
  }

  @Test
  void reads_back_what_it_writes() {
    CustomerDraft draft = CustomerJson.read(json(FULL));
    Customer c = Customer.create(draft, "suzuki", Instant.parse("2025-01-01T00:00:00Z"));

    JsonObject written = CustomerJson.toJson(CustomerView.of(c));

    assertThat(written.getString("createdAt")).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(written.getJsonObject("consent").getBoolean("email")).isTrue();
    assertThat(CustomerJson.read(written)).isEqualTo(c.toDraft());
  }

  @Test
  void a_merge_patch_changes_only_what_it_names() {
    Customer c = Customer.create(CustomerJson.read(json(FULL)), "suzuki", Instant.now());
    JsonObject patch =
        json(
            """
        {"phone":null,"consent":{"sms":true},"segments":["VIP"]}
        """);

    CustomerDraft d =
        CustomerJson.read(
            Json.createMergePatch(patch)
                .apply(CustomerJson.toJson(CustomerView.of(c)))
                .asJsonObject());

    assertThat(d.phone()).isNull();
    assertThat(d.consent().sms()).isTrue();
    assertThat(d.consent().email()).isTrue();
    assertThat(d.segments()).containsExactly("VIP");
    assertThat(d.name()).isEqualTo(c.name());
    assertThat(d.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
  }

  @Test
  void the_fingerprint_ignores_key_order_and_spacing_but_not_values() {
    String a =
        CustomerJson.fingerprint(
            json("{\"name\":\"山田\",\"consent\":{\"email\":true,\"sms\":false}}"));
    String b =
        CustomerJson.fingerprint(
            json("{ \"consent\" : {\"sms\":false, \"email\":true}, \"name\":\"山田\" }"));
    String c =
        CustomerJson.fingerprint(
            json("{\"name\":\"山田\",\"consent\":{\"email\":false,\"sms\":false}}"));

    assertThat(a).isEqualTo(b).hasSize(64);
    assertThat(c).isNotEqualTo(a);
  }

  private static List<String> fieldsOf(String text) {
    return invalid(text).errors().stream().map(FieldError::field).toList();
  }

  private static InvalidInput invalid(String text) {
    try {
      CustomerJson.read(json(text));
    } catch (InvalidInput e) {
      return e;
    }
    throw new AssertionError("Expected InvalidInput for " + text);
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
