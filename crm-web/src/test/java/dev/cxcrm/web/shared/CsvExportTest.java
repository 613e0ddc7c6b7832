package dev.cxcrm.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Page;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void rows_are_rfc_4180_after_a_byte_order_mark_and_formulas_are_shown_not_run()
      throws IOException {
    StringWriter out = new StringWriter();
    CsvExport.write(
        out,
        List.of("name", "phone", "note", "n"),
        List.of(
            Arrays.asList("山田 太郎", "+81-3-1234-5678", "=HYPERLINK(\"http://x\")", 3),
            Arrays.asList("a, \"b\"", "@sum", "-1", null),
            Arrays.asList("", "\tx", "ok", 0)));
    assertThat(out.toString())
        .isEqualTo(
            "\uFEFFname,phone,note,n\r\n"
                + "山田 太郎,'+81-3-1234-5678,\"'=HYPERLINK(\"\"http://x\"\")\",3\r\n"
                + "\"a, \"\"b\"\"\",'@sum,'-1,\r\n"
                // An empty first cell is quoted, so that the row is not read as an empty line.
                + "\"\",'\tx,ok,0\r\n");
  }

  @Test
  void every_page_is_asked_for_only_as_its_items_are_read() {
    List<String> asked = new ArrayList<>();
    Iterable<Integer> all =
        CsvExport.allPages(
            cursor -> {
              asked.add(String.valueOf(cursor));
              return switch (cursor == null ? "" : cursor) {
                case "" -> new Page<>(List.of(1, 2), "a");
                case "a" -> new Page<>(List.of(), "b"); // an empty page that is not the last
                case "b" -> new Page<>(List.of(3), null);
                default -> throw new IllegalArgumentException(cursor);
              };
            });
    var items = all.iterator();
    assertThat(items.next()).isEqualTo(1);
    assertThat(asked).containsExactly("null");
    assertThat(StreamSupport.stream(all.spliterator(), false).toList()).containsExactly(1, 2, 3);
    assertThat(CsvExport.allPages(c -> new Page<Integer>(List.of(), null))).isEmpty();
  }
}
