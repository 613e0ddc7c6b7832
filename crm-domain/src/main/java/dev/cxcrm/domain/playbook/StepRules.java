package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** What a playbook step must keep: a type, a trigger with a sensible amount, names in ja and en. */
public final class StepRules {
  public static final int NAME_MAX = 200;

  /** Up to five years between recurring steps; up to a year before or after an event. */
  public static final int MONTHS_MAX = 60;

  public static final int DAYS_MAX = 366;

  private StepRules() {}

  public static List<FieldError> check(StepDraft d) {
    List<FieldError> errors = new ArrayList<>();
    if (d.relationshipType() == null) {
      errors.add(required("relationshipType"));
    }
    if (d.trigger() == null) {
      errors.add(required("trigger"));
    }
    if (d.amount() == null) {
      errors.add(required("amount"));
    } else if (d.trigger() != null) {
      int min = d.trigger() == Trigger.EVERY_MONTHS ? 1 : 0;
      int max = d.trigger() == Trigger.EVERY_MONTHS ? MONTHS_MAX : DAYS_MAX;
      if (d.amount() < min || d.amount() > max) {
        errors.add(
            FieldError.of(
                "amount", "validation.range", "Must be a whole number from {0} to {1}.", min, max));
      }
    }
    if (d.trigger() == Trigger.DAYS_BEFORE_DATE && d.dateKind() == null) {
      errors.add(
          FieldError.of(
              "dateKind",
              "playbook.validation.dateKindRequired",
              "A step before an important date names the kind of date."));
    }
    if (d.trigger() != null && d.trigger() != Trigger.DAYS_BEFORE_DATE && d.dateKind() != null) {
      errors.add(
          FieldError.of(
              "dateKind",
              "playbook.validation.dateKindOnlyBefore",
              "Only a step before an important date names a kind of date."));
    }
    name(errors, "nameJa", d.nameJa());
    name(errors, "nameEn", d.nameEn());
    return errors;
  }

  private static void name(List<FieldError> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(required(field));
    } else if (value.strip().codePointCount(0, value.strip().length()) > NAME_MAX) {
      errors.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", NAME_MAX));
    }
  }

  private static FieldError required(String field) {
    return FieldError.of(field, "validation.required", "Required.");
  }
}
