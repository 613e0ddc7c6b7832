package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** What a pain point must be: at a touchpoint, named, severity 1 to 5, a count that is a count. */
public final class PainPointRules {
  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int SEVERITY_MIN = Severity.MIN;
  public static final int SEVERITY_MAX = Severity.MAX;

  /** More than a business with a million customers could have affected, ten times over. */
  public static final int AFFECTED_MAX = 10_000_000;

  /** Ids linked in one request. */
  public static final int LINKS_MAX = 1000;

  private PainPointRules() {}

  /** Refuses a normalised draft with every broken rule, each naming its field. */
  public static void check(PainPointDraft d) {
    List<FieldError> errors = new ArrayList<>();
    if (d.touchpointId() == null) {
      errors.add(FieldError.of("touchpointId", "validation.required", "Required."));
    }
    if (d.title() == null) {
      errors.add(FieldError.of("title", "validation.required", "Required."));
    } else if (d.title().length() > TITLE_MAX) {
      errors.add(
          FieldError.of("title", "validation.tooLong", "At most {0} characters.", TITLE_MAX));
    }
    if (d.description() != null && d.description().length() > DESCRIPTION_MAX) {
      errors.add(
          FieldError.of(
              "description", "validation.tooLong", "At most {0} characters.", DESCRIPTION_MAX));
    }
    if (d.severity() == null) {
      errors.add(FieldError.of("severity", "validation.required", "Required."));
    } else if (!Severity.isOnScale(d.severity())) {
      errors.add(
          FieldError.of(
              "severity",
              "pain.validation.between",
              "Must be between {0} and {1}.",
              SEVERITY_MIN,
              SEVERITY_MAX));
    }
    if (d.affectedCount() != null && (d.affectedCount() < 0 || d.affectedCount() > AFFECTED_MAX)) {
      errors.add(
          FieldError.of(
              "affectedCount",
              "pain.validation.between",
              "Must be between {0} and {1}.",
              0,
              AFFECTED_MAX));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
