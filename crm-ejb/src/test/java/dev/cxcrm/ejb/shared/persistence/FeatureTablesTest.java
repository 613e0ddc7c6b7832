package dev.cxcrm.ejb.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one feature; a feature's SQL names its own tables and the {@code shared_*}
 * views other features publish, never their tables (docs/decisions/0011). Read from the sources:
 * the string literals of every class under {@code dev.cxcrm.ejb.<feature>} and the migrations.
 * Sample data writes every feature's tables on purpose and is left out.
 */
class FeatureTablesTest {

  private static final Path JAVA = Path.of("src/main/java/dev/cxcrm/ejb");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  private static final Map<String, Set<String>> OWNED =
      Map.of(
          "customer",
          Set.of(
              "customer",
              "customer_audit",
              "customer_audit_change",
              "customer_contact",
              "customer_external_id",
              "customer_important_date",
              "customer_segment"),
          "journey",
          Set.of(
              "touchpoint",
              "customer_stage_change",
              "pain_point",
              "pain_point_case",
              "pain_point_customer"),
          "interaction",
          Set.of(
              "interaction",
              "service_case",
              "root_cause",
              "response_standard",
              "business_calendar",
              "business_holiday"),
          "playbook",
          Set.of("playbook", "playbook_step", "task", "planner_lease"),
          "feedback",
          Set.of(
              "feedback",
              "feedback_theme",
              "purchase",
              "referral",
              "follow_up",
              "survey",
              "survey_version",
              "survey_question",
              "survey_choice",
              "survey_invitation",
              "survey_link",
              "survey_answer",
              "survey_send",
              "survey_automation"),
          "metrics",
          Set.of(
              "metric_feedback_day",
              "metric_customer",
              "metric_customer_cut",
              "metric_customer_day",
              "metric_churn",
              "metric_referral_day",
              "metric_purchase_day",
              "metric_purchase_buyer",
              "metric_purchase_lock",
              "metric_case",
              "metric_contact",
              "metric_contact_cut",
              "metric_contact_day",
              "metric_contact_open",
              "metric_contact_lock",
              "metric_response_day",
              "metric_response_second",
              "metric_case_cut",
              "metric_case_day",
              "metric_case_resolved",
              "metric_recovery",
              "metric_recovery_cut",
              "metric_recovery_day",
              "metric_recovery_lock",
              "metric_benchmark"),
          "security",
          Set.of("app_user", "api_key", "login_throttle"),
          "shared",
          Set.of("idempotency_key"));

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NAMED =
      Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

  @Test
  void everyTableHasOneOwningFeature() throws IOException {
    Set<String> owned = new TreeSet<>();
    OWNED.values().forEach(tables -> tables.forEach(t -> assertThat(owned.add(t)).isTrue()));

    assertThat(created("table")).isEqualTo(owned);
    assertThat(created("view")).allMatch(v -> v.startsWith("shared_"));
  }

  @Test
  void featuresReadOnlyTheirOwnTablesAndSharedViews() throws IOException {
    Set<String> tables = created("table");
    Set<String> views = created("view");
    List<String> foreign = new ArrayList<>();
    int named = 0;
    for (var feature : OWNED.entrySet()) {
      for (Path file : javaFiles(JAVA.resolve(feature.getKey()))) {
        for (String table : namedIn(file)) {
          if (tables.contains(table) && !feature.getValue().contains(table)) {
            foreign.add(JAVA.relativize(file) + " reads " + table);
          }
          if (tables.contains(table) || views.contains(table)) {
            named++;
          }
        }
      }
    }

    assertThat(named).as("tables and views the features' SQL names").isGreaterThan(30);
    assertThat(foreign).isEmpty();
  }

  @Test
  void theCheckSeesATableNamedInAStringLiteral() {
    assertThat(names("String sql = \"select c.id from customer c join customer_segment s\";"))
        .containsExactly("customer", "customer_segment");
    assertThat(names("em.createQuery(\"select c from Customer c\")")).isEmpty();
  }

  private static Set<String> created(String kind) throws IOException {
    Pattern create = Pattern.compile("(?i)create " + kind + " ([a-z_][a-z0-9_]*)");
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = create.matcher(Files.readString(sql));
        while (m.find()) {
          found.add(m.group(1).toLowerCase());
        }
      }
    }
    return found;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static List<String> namedIn(Path file) {
    try {
      return names(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(String source) {
    List<String> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      Matcher m = NAMED.matcher(literal.group(1));
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }
}
