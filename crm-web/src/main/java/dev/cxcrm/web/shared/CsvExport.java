package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.Page;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Lists and figures as CSV, one way everywhere: RFC 4180, UTF-8 with a byte order mark so that
 * Japanese Excel reads it as UTF-8, and text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) written with a leading apostrophe, so that it
 * is shown and never run (OWASP, CSV injection). Rows are written as they come, so a list of a
 * million rows streams in constant memory.
 */
public final class CsvExport {
  public static final String MEDIA_TYPE = "text/csv";

  /** The first characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private CsvExport() {}

  /** Writes the byte order mark, the header and every row of {@code rows}. */
  public static void write(Writer out, List<String> header, Iterable<? extends List<?>> rows)
      throws IOException {
    out.write('\uFEFF');
    CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    for (List<?> row : rows) {
      csv.printRecord(row.stream().map(CsvExport::cell).toList());
    }
    csv.flush();
  }

  /**
   * An answer that streams {@code items} as CSV rows ({@code row} turns each into its cells) under
   * {@code header}, offered for download as {@code fileName}.
   */
  public static <T> Response response(
      String fileName, List<String> header, Iterable<T> items, Function<T, List<Object>> row) {
    StreamingOutput body = out -> stream(out, header, items, row);
    return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /**
   * The same rows as a page's download ({@code p:fileDownload}), written while the answer is sent.
   */
  public static <T> StreamedContent download(
      String fileName, List<String> header, Iterable<T> items, Function<T, List<Object>> row) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(MEDIA_TYPE + "; charset=UTF-8")
        .writer(out -> stream(out, header, items, row))
        .build();
  }

  private static <T> void stream(
      OutputStream out, List<String> header, Iterable<T> items, Function<T, List<Object>> row) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      Iterable<List<Object>> rows =
          () -> StreamSupport.stream(items.spliterator(), false).map(row).iterator();
      write(w, header, rows);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell as written: formula-like text neutralised, everything else as it is. */
  static Object cell(Object value) {
    if (value instanceof String s && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }

  /**
   * Every item of a keyset-paged list, {@code page} asked for one page after another (null for the
   * first, then each page's next cursor) only as the items are consumed.
   */
  public static <T> Iterable<T> allPages(Function<String, Page<T>> page) {
    return () ->
        new Iterator<>() {
          private Page<T> current = page.apply(null);
          private int at;

          @Override
          public boolean hasNext() {
            while (at == current.items().size() && current.next() != null) {
              current = page.apply(current.next());
              at = 0;
            }
            return at < current.items().size();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.items().get(at++);
          }
        };
  }
}
