package dev.cxcrm.domain.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRulesTest {
  private static List<String> fields(StepDraft d) {
    return StepRules.check(d).stream().map(FieldError::field).toList();
  }

  private static StepDraft step(Trigger t, Integer amount, ImportantDateKind kind) {
    return new StepDraft(
        RelationshipType.LONG_TERM, t, amount, kind, "点検のご案内", "Service reminder", true);
  }

  @Test
  void a_complete_step_is_accepted() {
    assertThat(fields(step(Trigger.EVERY_MONTHS, 6, null))).isEmpty();
    assertThat(fields(step(Trigger.DAYS_BEFORE_DATE, 0, ImportantDateKind.BIRTHDAY))).isEmpty();
  }

  @Test
  void everything_is_required_and_both_names_too() {
    assertThat(fields(new StepDraft(null, null, null, null, " ", null, null)))
        .containsExactly("relationshipType", "trigger", "amount", "nameJa", "nameEn");
  }

  @Test
  void amounts_stay_in_their_range() {
    assertThat(fields(step(Trigger.EVERY_MONTHS, 0, null))).containsExactly("amount");
    assertThat(fields(step(Trigger.EVERY_MONTHS, 61, null))).containsExactly("amount");
    assertThat(fields(step(Trigger.DAYS_AFTER_START, 367, null))).containsExactly("amount");
    assertThat(fields(step(Trigger.DAYS_AFTER_RESOLVED_CASE, -1, null))).containsExactly("amount");
  }

  @Test
  void only_a_step_before_a_date_names_a_kind_of_date_and_it_must() {
    assertThat(fields(step(Trigger.DAYS_BEFORE_DATE, 7, null))).containsExactly("dateKind");
    assertThat(fields(step(Trigger.EVERY_MONTHS, 3, ImportantDateKind.RENEWAL)))
        .containsExactly("dateKind");
  }
}
