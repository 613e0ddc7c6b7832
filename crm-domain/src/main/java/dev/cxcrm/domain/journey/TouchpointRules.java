package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a touchpoint keeps: a name in both languages (the UI shows one or the other), a stage,
 * a channel and whether it is in use. Every broken rule names its field.
 */
public final class TouchpointRules {
  public static final int NAME_MAX = 200;

  private TouchpointRules() {}

  public static void check(TouchpointDraft d) {
    List<FieldError> e = new ArrayList<>();
    name(e, "nameJa", d.nameJa());
    name(e, "nameEn", d.nameEn());
    if (d.stage() == null) {
      e.add(required("stage"));
    }
    if (d.channel() == null) {
      e.add(required("channel"));
    }
    if (d.active() == null) {
      e.add(required("active"));
    }
    if (!e.isEmpty()) {
      throw new InvalidInput(e);
    }
  }

  private static void name(List<FieldError> e, String field, String value) {
    if (value == null) {
      e.add(required(field));
    } else if (value.codePointCount(0, value.length()) > NAME_MAX) {
      e.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", NAME_MAX));
    }
  }

  private static FieldError required(String field) {
    return FieldError.of(field, "validation.required", "Required.");
  }
}
