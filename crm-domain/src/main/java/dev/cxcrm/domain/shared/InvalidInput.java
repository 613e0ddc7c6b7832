package dev.cxcrm.domain.shared;

import java.util.List;

/** The input breaks one or more rules; each broken rule names its field. Nothing was changed. */
public class InvalidInput extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super("The request has invalid fields.");
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(
      String field, String messageKey, String englishPattern, Object... args) {
    return new InvalidInput(List.of(FieldError.of(field, messageKey, englishPattern, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public String problemType() {
    return "invalid-input";
  }
}
