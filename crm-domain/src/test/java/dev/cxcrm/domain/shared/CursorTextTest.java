package dev.cxcrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTextTest {

  private static long[] read(String token) {
    return CursorText.decode(
        token, "x1", 2, p -> new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
  }

  @Test
  void aPositionComesBackAsItWent() {
    String token = CursorText.encode("x1", 42L, 7L);

    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(read(token)).containsExactly(42L, 7L);
    assertThat(read(" " + token + "\n")).containsExactly(42L, 7L);
  }

  @Test
  void theLastPartKeepsWhatFollows() {
    String token = CursorText.encode("x1", Instant.parse("2026-12-01T00:00:00Z"), "a\nb");

    String last = CursorText.decode(token, "x1", 2, p -> p[1]);
    assertThat(last).isEqualTo("a\nb");
  }

  @Test
  void anyOtherTextIsRefusedOnTheCursorField() {
    for (String bad :
        new String[] {
          "not-a-cursor",
          "%%%",
          CursorText.encode("x2", 1L, 2L),
          CursorText.encode("x1", 1L),
          CursorText.encode("x1", "one", 2L)
        }) {
      assertThatThrownBy(() -> read(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e ->
                  assertThat(e.errors())
                      .singleElement()
                      .satisfies(
                          f -> {
                            assertThat(f.field()).isEqualTo("cursor");
                            assertThat(f.messageKey()).isEqualTo("validation.cursor");
                          }));
    }
  }
}
