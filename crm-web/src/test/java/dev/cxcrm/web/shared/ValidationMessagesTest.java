package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One message key per validation meaning: each page looks errors up in its feature's bundle, so
 * every feature bundle words the shared keys, in Japanese and in English, and no feature keeps a
 * key of its own for the same meaning.
 */
class ValidationMessagesTest {
  private static final List<String> FEATURES =
      List.of(
          "dev.cxcrm.web.customer",
          "dev.cxcrm.web.interaction",
          "dev.cxcrm.web.journey",
          "dev.cxcrm.web.playbook",
          "dev.cxcrm.web.feedback",
          "dev.cxcrm.web.metrics");
  private static final List<String> SHARED =
      List.of(
          "required",
          "tooLong",
          "tooMany",
          "string",
          "integer",
          "id",
          "boolean",
          "oneOf",
          "unknownField",
          "json",
          "object",
          "array",
          "date",
          "time",
          "dateTime",
          "cursor",
          "limit",
          "startAfterEnd",
          "periodTooLong",
          "unknownUser",
          "unknownCustomer",
          "number",
          "range",
          "ahead");
  private static final Pattern FEATURE_COPY =
      Pattern.compile(
          "[a-z]+\\.(validation|json)\\.(required|tooLong|tooMany|string|text|integer|number|id"
              + "|boolean|oneOf|unknownField|unknown|json|object|array|date|time|cursor|limit"
              + "|toBeforeFrom|startAfterEnd|toAfterFrom|periodTooLong|span|order|unknownOwner|unknownAgent"
              + "|unknownCustomer)");

  @Test
  void every_feature_bundle_words_the_shared_validation_keys_in_both_languages() {
    for (String feature : FEATURES) {
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        ResourceBundle bundle = ResourceBundle.getBundle(feature + ".messages", locale);
        assertThat(SHARED)
            .as("%s in %s", feature, locale)
            .allSatisfy(k -> assertThat(bundle.containsKey("validation." + k)).as(k).isTrue());
      }
    }
  }

  @Test
  void no_feature_keeps_its_own_key_for_a_shared_meaning() {
    for (String feature : FEATURES) {
      ResourceBundle bundle = ResourceBundle.getBundle(feature + ".messages", Locale.ENGLISH);
      assertThat(bundle.keySet()).as(feature).noneMatch(k -> FEATURE_COPY.matcher(k).matches());
    }
  }

  @Test
  void the_shared_errors_use_the_shared_keys() {
    for (String kind :
        List.of(
            "string", "integer", "id", "boolean", "object", "array", "date", "time", "dateTime")) {
      assertThat(InputErrors.of("x", kind).messageKey()).isEqualTo("validation." + kind);
    }
  }
}
