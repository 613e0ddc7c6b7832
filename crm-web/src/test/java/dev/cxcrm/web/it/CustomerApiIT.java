package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer API as a web shop or help desk uses it, over HTTP against the shipped WAR on Payara
 * Micro and PostgreSQL. Every test makes its own customers, marked with this run's random token, so
 * tests do not depend on each other or on what earlier runs left in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerApiIT {
  private static final Random RANDOM = new Random();
  private static final String RUN = Long.toString(Math.abs(RANDOM.nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_openapi_document_describes_the_customer_api() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/customers'.get.summary", notNullValue())
        .body("paths.'/api/customers'.post.responses.'201'", notNullValue())
        .body("components.schemas.Customer.properties.kind.type", equalTo("string"))
        .body("components.schemas.Customer.properties.kind.enum", hasItems("PERSON", "COMPANY"))
        .body("components.schemas.Customer.properties.customerSince.type", equalTo("string"))
        .body("components.schemas.Customer.maxProperties", nullValue())
        .body("components.schemas.Problem", notNullValue());
  }

  @Test
  void creating_a_customer_answers_201_with_location_etag_and_the_customer() {
    Response created = create("MANAGER", person("作成 テスト" + RUN));

    created
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/customers/\\d+"))
        .header("ETag", equalTo("\"1\""))
        .body("id", notNullValue())
        .body("name", equalTo("作成 テスト" + RUN))
        .body("version", equalTo(1))
        .body("consent.email", equalTo(false))
        .body("consentChangedAt.email", notNullValue())
        .body("createdAt", notNullValue());

    given()
        .spec(Api.withRole(base, "AGENT"))
        .when()
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo("作成 テスト" + RUN));
  }

  @Test
  void a_japanese_name_address_and_reading_come_back_as_sent_with_the_reading_in_katakana() {
    JsonObjectBuilder body =
        person("山田 太郎" + RUN)
            .add("nameKana", "やまだ たろう")
            .add(
                "address",
                Json.createObjectBuilder()
                    .add("postalCode", "100-0001")
                    .add("region", "東京都")
                    .add("locality", "千代田区")
                    .add("street", "千代田1-1 皇居前ビル３階"))
            .add("segments", Json.createArrayBuilder().add("優良顧客"))
            .add(
                "importantDates",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "BIRTHDAY")
                            .add("date", "1980-05-05")
                            .add("label", "こどもの日")));
    long id = idOf(create("MANAGER", body));

    as("MANAGER")
        .when()
        .get("/api/customers/" + id)
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("name", equalTo("山田 太郎" + RUN))
        .body("nameKana", equalTo("ヤマダ タロウ"))
        .body("address.region", equalTo("東京都"))
        .body("address.street", equalTo("千代田1-1 皇居前ビル３階"))
        .body("segments", hasItem("優良顧客"))
        .body("importantDates[0].label", equalTo("こどもの日"))
        .body("importantDates[0].date", equalTo("1980-05-05"));
  }

  @Test
  void a_replayed_create_with_the_same_idempotency_key_creates_one_customer() {
    String name = "冪等 テスト" + RUN;
    String key = "order-" + RUN;
    Response first =
        as("MANAGER")
            .header("Idempotency-Key", key)
            .body(person(name).build().toString())
            .post("/api/customers");
    // The same body with its fields in another order is the same request.
    Response replay =
        as("MANAGER")
            .header("Idempotency-Key", key)
            .body(
                "{\"customerSince\":\"2024-04-01\",\"lifecycle\":\"ACTIVE\",\"relationshipType\":\"TRANSACTIONAL\","
                    + "\"name\":\""
                    + name
                    + "\",\"kind\":\"PERSON\"}")
            .post("/api/customers");

    first.then().statusCode(201);
    replay
        .then()
        .statusCode(201)
        .header("Location", equalTo(first.header("Location")))
        .header("Idempotency-Replayed", equalTo("true"))
        .body("id", equalTo(first.path("id")));
    as("MANAGER").queryParam("q", name).get("/api/customers").then().body("items", hasSize(1));

    as("MANAGER")
        .header("Idempotency-Key", key)
        .body(person(name + "別人").build().toString())
        .post("/api/customers")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void an_unknown_field_is_refused_with_its_name_and_nothing_is_created() {
    String name = "未知 フィールド" + RUN;
    create(
            "MANAGER",
            person(name)
                .add("nickname", "x")
                .add("consent", Json.createObjectBuilder().add("fax", true)))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(400))
        .body("errors.field", hasItems("nickname", "consent.fax"));
    as("MANAGER").queryParam("q", name).get("/api/customers").then().body("items", hasSize(0));
  }

  @Test
  void wrong_types_bad_dates_and_enum_names_are_named_by_their_path() {
    create(
            "MANAGER",
            person("型 テスト" + RUN)
                .add("kind", "ROBOT")
                .add("customerSince", "2024-02-30")
                .add("consent", Json.createObjectBuilder().add("email", "yes"))
                .add(
                    "externalIds",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("system", "shop").add("id", "1"))
                        .add(Json.createObjectBuilder().add("system", 7).add("id", "2"))))
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            hasItems("kind", "customerSince", "consent.email", "externalIds[1].system"));
  }

  @Test
  void contact_hours_are_both_ends_in_order_or_none() {
    create("MANAGER", person("時間 片方" + RUN).add("contactFrom", "10:00"))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", equalTo(List.of("contactUntil")));
    create("MANAGER", person("時間 逆" + RUN).add("contactFrom", "18:00").add("contactUntil", "10:00"))
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("contactUntil")));
    create(
            "MANAGER",
            person("時間 形式" + RUN).add("contactFrom", "25:00").add("contactUntil", "10:00"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("contactFrom"));
    long id =
        idOf(
            create(
                "MANAGER",
                person("時間 正" + RUN).add("contactFrom", "10:00").add("contactUntil", "18:00")));
    as("AGENT")
        .get("/api/customers/" + id)
        .then()
        .body("contactFrom", equalTo("10:00"))
        .body("contactUntil", equalTo("18:00"));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body("{\"contactFrom\":null,\"contactUntil\":null}")
        .patch("/api/customers/" + id)
        .then()
        .statusCode(200)
        .body("contactFrom", nullValue());
    as("AGENT")
        .get("/api/customers/" + id + "/history")
        .then()
        .body("items[0].changes.field", hasItem("contactHours"));
  }

  @Test
  void read_only_fields_in_the_body_are_ignored() {
    create(
            "MANAGER",
            person("読取専用" + RUN)
                .add("id", 1)
                .add("version", 42)
                .add("createdAt", "2000-01-01T00:00:00Z"))
        .then()
        .statusCode(201)
        .body("id", not(equalTo(1)))
        .body("version", equalTo(1))
        .body("createdAt", not(startsWith("2000")));
  }

  @Test
  void a_dedicated_personal_assistance_customer_without_owner_is_refused_on_owner() {
    create(
            "MANAGER",
            person("専任 担当なし" + RUN).add("relationshipType", "DEDICATED_PERSONAL_ASSISTANCE"))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.find { it.field == 'owner' }.message", notNullValue());

    create(
            "MANAGER",
            person("専任 担当あり" + RUN)
                .add("relationshipType", "DEDICATED_PERSONAL_ASSISTANCE")
                .add("owner", Api.ADMIN_USER))
        .then()
        .statusCode(201)
        .body("owner", equalTo(Api.ADMIN_USER));
  }

  @Test
  void an_agent_may_not_name_another_owner() {
    create("AGENT", person("担当者 指定" + RUN).add("owner", Api.ADMIN_USER))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("owner"));
  }

  @Test
  void patch_needs_if_match_refuses_a_stale_version_and_answers_the_new_etag() {
    long id = idOf(create("MANAGER", person("パッチ" + RUN).add("phone", "03-1111-2222")));
    String patch = "{\"phone\":null,\"consent\":{\"sms\":true}}";

    as("MANAGER")
        .contentType("application/merge-patch+json")
        .body(patch)
        .patch("/api/customers/" + id)
        .then()
        .statusCode(428)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(428))
        .body("detail", containsString("If-Match"));
    as("MANAGER")
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"7\"")
        .body(patch)
        .patch("/api/customers/" + id)
        .then()
        .statusCode(412)
        .contentType(startsWith(PROBLEM));

    as("MANAGER")
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body(patch)
        .patch("/api/customers/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("phone", nullValue())
        .body("consent.sms", equalTo(true))
        .body("name", equalTo("パッチ" + RUN));

    as("MANAGER")
        .header("If-None-Match", "\"2\"")
        .get("/api/customers/" + id)
        .then()
        .statusCode(304);
    as("MANAGER")
        .header("If-None-Match", "\"1\"")
        .get("/api/customers/" + id)
        .then()
        .statusCode(200);
    as("MANAGER")
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("UPDATED", "CREATED")))
        .body("items[0].changes.find { it.field == 'phone' }.old", equalTo("03-1111-2222"))
        .body("items[0].changes.find { it.field == 'phone' }.new", nullValue())
        // Key names carry a per-run suffix (the database outlives a run).
        .body("items[0].actor", startsWith("apikey:it-manager"));
  }

  @Test
  void put_replaces_the_customer_and_invalid_input_leaves_it_unchanged() {
    long id = idOf(create("MANAGER", person("置換" + RUN).add("email", "before@example.jp")));

    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(person("置換" + RUN).add("email", "not-an-address").build().toString())
        .put("/api/customers/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
    as("MANAGER")
        .body(person("置換" + RUN).build().toString())
        .put("/api/customers/" + id)
        .then()
        .statusCode(428);
    as("MANAGER")
        .get("/api/customers/" + id)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("email", equalTo("before@example.jp"));

    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(person("置換後" + RUN).build().toString())
        .put("/api/customers/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("name", equalTo("置換後" + RUN))
        .body("email", nullValue());
  }

  @Test
  void upsert_by_external_id_creates_then_updates_the_same_customer() {
    String path = "/api/customers/external/shop/U-" + RUN;
    Response created = as("MANAGER").body(person("外部 作成" + RUN).build().toString()).put(path);
    created
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/customers/\\d+"))
        .body("externalIds[0].system", equalTo("shop"))
        .body("externalIds[0].id", equalTo("U-" + RUN));

    as("MANAGER")
        .body(person("外部 更新" + RUN).build().toString())
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("id", equalTo(created.path("id")))
        .body("name", equalTo("外部 更新" + RUN));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(person("外部 古い" + RUN).build().toString())
        .put(path)
        .then()
        .statusCode(412);
  }

  @Test
  void an_external_id_that_another_customer_holds_is_refused() {
    JsonArrayBuilder ids =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("system", "desk").add("id", "D-" + RUN));
    create("MANAGER", person("重複 一" + RUN).add("externalIds", ids)).then().statusCode(201);

    create(
            "MANAGER",
            person("重複 二" + RUN)
                .add(
                    "externalIds",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("system", "desk")
                                .add("id", "D-" + RUN))))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItem("externalIds[0].id"));
  }

  @Test
  void search_finds_by_reading_in_hiragana_by_email_by_phone_digits_and_by_external_id() {
    String katakana = randomKatakana(6);
    String digits = String.format("%08d", RANDOM.nextInt(100_000_000));
    String phone = "03-" + digits.substring(0, 4) + "-" + digits.substring(4);
    long id =
        idOf(
            create(
                "MANAGER",
                person("検索 太郎" + RUN)
                    .add("nameKana", katakana)
                    .add("email", "find-" + RUN + "@example.jp")
                    .add("phone", phone)
                    .add(
                        "externalIds",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("system", "crm1")
                                    .add("id", "X-" + RUN)))));

    for (String q :
        List.of(hiragana(katakana), "FIND-" + RUN + "@EXAMPLE", "03" + digits, "X-" + RUN)) {
      as("AGENT")
          .queryParam("q", q)
          .get("/api/customers")
          .then()
          .statusCode(200)
          .body("items.id", equalTo(List.of((int) id)));
    }
  }

  @Test
  void cursor_pagination_walks_every_page_once_in_order() {
    String segment = "page-" + RUN;
    Set<Integer> made = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      made.add(
          idOf(
              create(
                  "MANAGER",
                  person("頁" + i + RUN).add("segments", Json.createArrayBuilder().add(segment)))));
    }

    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      RequestSpecification r =
          as("MANAGER")
              .queryParam("segment", segment)
              .queryParam("limit", 3)
              .queryParam("sort", "-created");
      if (cursor != null) {
        r.queryParam("cursor", cursor);
      }
      Response page = r.get("/api/customers");
      page.then().statusCode(200);
      seen.addAll(page.path("items.id"));
      cursor = page.path("next");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
    assertThat(seen).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    as("MANAGER")
        .queryParam("segment", segment)
        .queryParam("limit", 3)
        .queryParam("sort", "name")
        .queryParam("cursor", cursor == null ? "bm90LWEtY3Vyc29y" : cursor)
        .get("/api/customers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("cursor"));
  }

  @Test
  void the_list_as_csv_streams_every_matching_customer_with_formulas_neutralised() {
    String segment = "csv-" + RUN;
    for (String name : List.of("書出 一" + RUN, "書出 二" + RUN, "=1+1 書出" + RUN)) {
      create("MANAGER", person(name).add("segments", Json.createArrayBuilder().add(segment)));
    }
    Response csv =
        as("AGENT")
            .accept("text/csv")
            .queryParam("segment", segment)
            .queryParam("limit", 1) // a page limit does not cut an export
            .queryParam("sort", "name")
            .get("/api/customers");
    csv.then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("Content-Disposition", containsString("customers.csv"));
    String body = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).startsWith("\uFEFFid,name,nameKana,kind,email,phone,relationshipType,");
    List<String> lines = List.of(body.substring(1).split("\r\n"));
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(1, 4))
        .allSatisfy(l -> assertThat(l).contains(segment).contains(",PERSON,"));
    assertThat(body).contains(",'=1+1 書出" + RUN + ",").contains(",書出 一" + RUN + ",");
    // JSON stays the default answer.
    as("AGENT")
        .queryParam("segment", segment)
        .get("/api/customers")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("items", hasSize(3));
  }

  @Test
  void filters_narrow_the_list_and_bad_filter_values_are_named() {
    String segment = "filter-" + RUN;
    long prospect =
        idOf(
            create(
                "MANAGER",
                person("絞込 見込" + RUN)
                    .add("lifecycle", "PROSPECT")
                    .add("segments", Json.createArrayBuilder().add(segment))));
    long community =
        idOf(
            create(
                "MANAGER",
                person("絞込 共同体" + RUN)
                    .add("relationshipType", "COMMUNITY")
                    .add("segments", Json.createArrayBuilder().add(segment))));
    long owned =
        idOf(
            create(
                "MANAGER",
                person("絞込 専任" + RUN)
                    .add("relationshipType", "DEDICATED_PERSONAL_ASSISTANCE")
                    .add("owner", Api.ADMIN_USER)
                    .add("segments", Json.createArrayBuilder().add(segment))));

    listIds(Map.of("segment", segment))
        .containsExactlyInAnyOrder((int) prospect, (int) community, (int) owned);
    listIds(Map.of("segment", segment, "lifecycle", "PROSPECT")).containsExactly((int) prospect);
    listIds(Map.of("segment", segment, "relationshipType", "COMMUNITY"))
        .containsExactly((int) community);
    listIds(Map.of("segment", segment, "owner", Api.ADMIN_USER)).containsExactly((int) owned);

    as("MANAGER")
        .queryParam("relationshipType", "FRIEND")
        .queryParam("sort", "age")
        .queryParam("limit", "0")
        .get("/api/customers")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItems("relationshipType", "sort", "limit"));
  }

  @Test
  void only_managers_and_admins_archive_and_an_archived_customer_is_gone() {
    long id = idOf(create("MANAGER", person("削除" + RUN)));

    as("AGENT")
        .delete("/api/customers/" + id)
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("MANAGER").header("If-Match", "\"9\"").delete("/api/customers/" + id).then().statusCode(412);
    as("MANAGER").delete("/api/customers/" + id).then().statusCode(204);

    as("MANAGER")
        .get("/api/customers/" + id)
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
    as("MANAGER")
        .queryParam("q", "削除" + RUN)
        .get("/api/customers")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void an_id_that_cannot_exist_is_not_found_like_an_unknown_one() {
    for (String path :
        List.of(
            "/api/customers/0",
            "/api/customers/0/history",
            "/api/customers/0/timeline",
            "/api/customers/0/stage",
            "/api/customers/0/stage-history",
            "/api/cases/0",
            "/api/interactions/0")) {
      as("MANAGER")
          .get(path)
          .then()
          .statusCode(404)
          .contentType(startsWith(PROBLEM))
          .body("detail", matchesPattern("(Customer|Case|Interaction) 0 was not found\\."));
    }
    as("MANAGER")
        .body("{\"stage\":\"PURCHASE\"}")
        .put("/api/customers/0/stage")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Customer 0 was not found."));
    as("MANAGER").delete("/api/customers/0").then().statusCode(404);
    as("AGENT").delete("/api/customers/0").then().statusCode(403);
  }

  @Test
  void a_bulk_of_1000_rows_answers_each_row_and_bad_rows_do_not_stop_good_ones() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 0; i < 1000; i++) {
      JsonObjectBuilder row =
          person("一括" + i + "-" + RUN)
              .add(
                  "externalIds",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("system", "bulk")
                              .add("id", RUN + "-" + i)));
      if (i % 100 == 1) {
        row.add("kind", "ROBOT");
      } else if (i % 100 == 2) {
        row.add("relationshipType", "DEDICATED_PERSONAL_ASSISTANCE");
      } else if (i % 100 == 3) {
        row.add("surprise", true);
      }
      items.add(row);
    }
    Response r =
        as("MANAGER")
            .body(Json.createObjectBuilder().add("items", items).build().toString())
            .post("/api/customers/bulk");

    r.then().statusCode(200).body("results", hasSize(1000));
    List<String> statuses = r.path("results.status");
    assertThat(statuses.stream().filter("CREATED"::equals).count()).isEqualTo(970);
    assertThat(statuses.stream().filter("REJECTED"::equals).count()).isEqualTo(30);
    ValidatableResponse v = r.then();
    v.body("results[0].index", equalTo(0))
        .body("results[0].version", equalTo(1))
        .body("results[1].errors.field", hasItem("kind"))
        .body("results[2].errors.field", hasItem("owner"))
        .body("results[3].errors.field", hasItem("surprise"))
        .body("results[999].index", equalTo(999));

    String again =
        Json.createObjectBuilder()
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(
                        person("一括0-" + RUN)
                            .add(
                                "externalIds",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("system", "bulk")
                                            .add("id", RUN + "-0"))))
                    .add(
                        person("一括4 改名-" + RUN)
                            .add(
                                "externalIds",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("system", "bulk")
                                            .add("id", RUN + "-4")))))
            .build()
            .toString();
    as("MANAGER")
        .body(again)
        .post("/api/customers/bulk")
        .then()
        .statusCode(200)
        .body("results.status", equalTo(List.of("UNCHANGED", "UPDATED")))
        .body("results[1].version", equalTo(2));

    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 1001; i++) {
      tooMany.add(person("多すぎ" + i));
    }
    as("MANAGER")
        .body(Json.createObjectBuilder().add("items", tooMany).build().toString())
        .post("/api/customers/bulk")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItem("items"));
    as("MANAGER").queryParam("q", "多すぎ").get("/api/customers").then().body("items", hasSize(0));
  }

  @Test
  void a_company_created_in_bulk_reads_back_whole_with_its_first_audit_entry() {
    String body =
        Json.createObjectBuilder()
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(
                        person("一括法人-" + RUN)
                            .add("kind", "COMPANY")
                            .add("segments", Json.createArrayBuilder().add("関東").add("IT"))
                            .add(
                                "consent",
                                Json.createObjectBuilder().add("email", true).add("survey", true))
                            .add(
                                "contacts",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("name", "窓口 一郎")
                                            .add("role", "部長"))
                                    .add(Json.createObjectBuilder().add("name", "窓口 二郎")))
                            .add(
                                "importantDates",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("kind", "RENEWAL")
                                            .add("date", "2027-04-01")))
                            .add(
                                "externalIds",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("system", "bulk-whole")
                                            .add("id", RUN)))
                            .add("contactFrom", "09:30")
                            .add("contactUntil", "17:00")))
            .build()
            .toString();
    long id =
        ((Number)
                as("MANAGER")
                    .body(body)
                    .post("/api/customers/bulk")
                    .then()
                    .statusCode(200)
                    .body("results[0].status", equalTo("CREATED"))
                    .extract()
                    .path("results[0].id"))
            .longValue();

    as("AGENT")
        .get("/api/customers/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("kind", equalTo("COMPANY"))
        .body("segments", containsInAnyOrder("関東", "IT"))
        .body("consent.email", equalTo(true))
        .body("consent.phone", equalTo(false))
        .body("consentChangedAt.survey", notNullValue())
        .body("contacts.name", equalTo(List.of("窓口 一郎", "窓口 二郎")))
        .body("importantDates[0].date", equalTo("2027-04-01"))
        .body("externalIds[0].system", equalTo("bulk-whole"))
        .body("contactFrom", equalTo("09:30"))
        .body("contactUntil", equalTo("17:00"));
    as("AGENT")
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATED"))
        .body("items[0].changes.field", hasItems("name", "contacts", "segments"));
    as("AGENT")
        .queryParam("q", RUN)
        .get("/api/customers")
        .then()
        .body("items.id", hasItem((int) id));
  }

  @Test
  void error_answers_are_problems_that_never_show_internals() {
    List<Response> answers =
        List.of(
            as("MANAGER").body("{\"name\": ").post("/api/customers"),
            as("MANAGER").body("[1, 2]").post("/api/customers"),
            as("MANAGER").contentType("text/plain").body("hello").post("/api/customers"),
            as("MANAGER").get("/api/customers/999999999999"),
            as("MANAGER").get("/api/customers/abc"),
            as("MANAGER").queryParam("cursor", "%%%").get("/api/customers"),
            as("MANAGER")
                .header("If-Match", "version one")
                .body(person("x").build().toString())
                .put("/api/customers/1"),
            as("MANAGER").delete("/api/customers"),
            given().spec(Api.anonymous(base)).get("/api/customers"));

    for (Response a : answers) {
      assertThat(a.statusCode()).isBetween(400, 499);
      assertThat(a.contentType()).startsWith(PROBLEM);
      assertThat(a.asString()).doesNotContain("Exception", "org.", "SQL", "java.", "at dev.");
      assertThat(a.<Integer>path("status")).isEqualTo(a.statusCode());
    }
  }

  @Test
  void an_unauthenticated_call_is_a_401_problem() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .get("/api/customers")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(401));
    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer not-a-key")
        .get("/api/customers")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM));
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }

  private Response create(String role, JsonObjectBuilder body) {
    return as(role).body(body.build().toString()).post("/api/customers");
  }

  private static int idOf(Response created) {
    created.then().statusCode(201);
    return created.path("id");
  }

  private org.assertj.core.api.ListAssert<Integer> listIds(Map<String, String> query) {
    Response r = as("MANAGER").queryParams(query).get("/api/customers");
    r.then().statusCode(200);
    return assertThat(r.<List<Integer>>path("items.id"));
  }

  private static JsonObjectBuilder person(String name) {
    return Json.createObjectBuilder()
        .add("kind", "PERSON")
        .add("name", name)
        .add("relationshipType", "TRANSACTIONAL")
        .add("lifecycle", "ACTIVE")
        .add("customerSince", "2024-04-01");
  }

  private static String randomKatakana(int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.appendCodePoint(0x30A2 + RANDOM.nextInt(0x30F3 - 0x30A2));
    }
    return b.toString();
  }

  private static String hiragana(String katakana) {
    StringBuilder b = new StringBuilder();
    katakana
        .codePoints()
        .forEach(c -> b.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c));
    return b.toString();
  }
}
