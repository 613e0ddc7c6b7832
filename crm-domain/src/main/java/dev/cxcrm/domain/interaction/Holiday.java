package dev.cxcrm.domain.interaction;

import java.time.LocalDate;
import java.util.Objects;

/** A date the business is closed although it is a working day, with the name people call it by. */
public record Holiday(LocalDate date, String name) {
  public static final int MAX_NAME = 100;

  public Holiday {
    Objects.requireNonNull(date);
    Objects.requireNonNull(name);
  }
}
