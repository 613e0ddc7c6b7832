package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.interaction.TimelineCursor.Seek;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineCursorTest {
  private static final Instant AT = Instant.parse("2026-11-23T01:02:03.456789Z");

  @Test
  void a_cursor_survives_encoding_with_microseconds() {
    TimelineCursor c = new TimelineCursor(AT, TimelineKind.STAGE_CHANGE, 42);
    assertThat(TimelineCursor.decode(c.encode())).isEqualTo(c);
  }

  @Test
  void a_tampered_cursor_is_refused_as_invalid_input() {
    InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> TimelineCursor.decode("xyz"));
    assertThat(e.errors()).extracting("field").containsExactly("cursor");
  }

  @Test
  void entries_after_the_cursor_are_older_or_lower_in_kind_or_id_at_the_same_instant() {
    TimelineCursor c = new TimelineCursor(AT, TimelineKind.STAGE_CHANGE, 42);
    assertThat(c.isBefore(AT.minusNanos(1000), TimelineKind.CASE_RESOLVED, 99)).isTrue();
    assertThat(c.isBefore(AT, TimelineKind.INTERACTION, 99)).isTrue();
    assertThat(c.isBefore(AT, TimelineKind.STAGE_CHANGE, 41)).isTrue();
    assertThat(c.isBefore(AT, TimelineKind.STAGE_CHANGE, 42)).isFalse();
    assertThat(c.isBefore(AT, TimelineKind.CASE_OPENED, 1)).isFalse();
  }

  @Test
  void each_source_seeks_by_its_kind_relative_to_the_cursor() {
    TimelineCursor c = new TimelineCursor(AT, TimelineKind.STAGE_CHANGE, 42);
    assertThat(c.seekFor(TimelineKind.INTERACTION)).isEqualTo(Seek.AT_OR_BEFORE);
    assertThat(c.seekFor(TimelineKind.STAGE_CHANGE)).isEqualTo(Seek.BEFORE_ID);
    assertThat(c.seekFor(TimelineKind.CASE_OPENED)).isEqualTo(Seek.BEFORE);
  }
}
