package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters read in code (the OpenAPI generator fails on constraint annotations). */
final class QueryParams {
  private QueryParams() {}

  /** 0 (the service's default) when absent. */
  static int limit(String limit) {
    if (limit == null || limit.isBlank()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInput.of("limit", "interaction.validation.limit", "Must be from 1 to {0}.", 200);
  }

  /** The enum constant named (case-insensitively) by {@code value}; null when absent. */
  static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw InvalidInput.of(field, "interaction.validation.oneOf", "Must be one of {0}.", names);
    }
  }
}
