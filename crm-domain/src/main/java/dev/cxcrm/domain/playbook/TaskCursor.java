package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.CursorText;
import java.time.LocalDate;

/** Where the next page of a task queue starts: the last item's (dueOn, id), earliest first. */
public record TaskCursor(LocalDate dueOn, long id) {
  private static final String VERSION = "t1";

  public String encode() {
    return CursorText.encode(VERSION, dueOn, id);
  }

  public static TaskCursor decode(String token) {
    return CursorText.decode(
        token, VERSION, 2, p -> new TaskCursor(LocalDate.parse(p[0]), Long.parseLong(p[1])));
  }
}
