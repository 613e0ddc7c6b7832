package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How soon a contact on one channel must be answered. {@code hours} is set exactly when the mode
 * counts hours; the other modes carry none.
 */
public record ResponseStandard(Channel channel, ResponseMode mode, Integer hours) {
  /** A year: a longer standard is a typing mistake, not a promise to a customer. */
  public static final int MAX_HOURS = 8760;

  public ResponseStandard {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(mode);
    if (mode.countsHours() ? hours == null || hours < 1 || hours > MAX_HOURS : hours != null) {
      throw new IllegalArgumentException("Hours do not fit the mode: " + mode + " " + hours);
    }
  }

  /**
   * The standard a manager asked for, checked: hours from 1 to {@link #MAX_HOURS} for the hour
   * modes, and ignored for the others.
   */
  public static ResponseStandard of(Channel channel, ResponseMode mode, Integer hours) {
    List<FieldError> errors = new ArrayList<>();
    if (channel == null) {
      errors.add(FieldError.of("channel", "std.channel.required", "Choose a channel."));
    }
    if (mode == null) {
      errors.add(FieldError.of("mode", "std.mode.required", "Choose how the time is counted."));
    } else if (mode.countsHours() && (hours == null || hours < 1 || hours > MAX_HOURS)) {
      errors.add(
          FieldError.of(
              "hours",
              "std.hours.range",
              "Enter the hours as a whole number from 1 to {0}.",
              Integer.toString(MAX_HOURS)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new ResponseStandard(channel, mode, mode.countsHours() ? hours : null);
  }

  /**
   * The standards from the mission: e-mail and web 24 hours, SMS 2, social media 4 (elapsed), the
   * phone the same business day, in person no answer.
   */
  public static Map<Channel, ResponseStandard> defaults() {
    Map<Channel, ResponseStandard> d = new EnumMap<>(Channel.class);
    d.put(Channel.EMAIL, new ResponseStandard(Channel.EMAIL, ResponseMode.ELAPSED_HOURS, 24));
    d.put(Channel.PHONE, new ResponseStandard(Channel.PHONE, ResponseMode.SAME_BUSINESS_DAY, null));
    d.put(Channel.SMS, new ResponseStandard(Channel.SMS, ResponseMode.ELAPSED_HOURS, 2));
    d.put(Channel.SOCIAL, new ResponseStandard(Channel.SOCIAL, ResponseMode.ELAPSED_HOURS, 4));
    d.put(Channel.WEB, new ResponseStandard(Channel.WEB, ResponseMode.ELAPSED_HOURS, 24));
    d.put(Channel.IN_PERSON, new ResponseStandard(Channel.IN_PERSON, ResponseMode.NO_ANSWER, null));
    return d;
  }

  public boolean needsAnswer() {
    return mode != ResponseMode.NO_ANSWER;
  }

  /**
   * When a contact received at {@code receivedAt} must be answered by, under this standard and the
   * business's calendar; empty when it needs no answer.
   */
  public Optional<Instant> dueAt(BusinessCalendar calendar, Instant receivedAt) {
    Objects.requireNonNull(calendar);
    Objects.requireNonNull(receivedAt);
    return switch (mode) {
      case NO_ANSWER -> Optional.empty();
      case ELAPSED_HOURS -> Optional.of(receivedAt.plus(Duration.ofHours(hours)));
      case BUSINESS_HOURS ->
          Optional.of(calendar.plusBusinessTime(receivedAt, Duration.ofHours(hours)));
      case SAME_BUSINESS_DAY -> Optional.of(calendar.closingOfSameOrNextBusinessDay(receivedAt));
    };
  }
}
