package dev.steward.platform.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes an export as an A4 landscape PDF: the Thymeleaf template {@code
 * templates/exports/table.html} (title, firm, date, filters, the table, page numbers) laid out by
 * openhtmltopdf. A PDF is for reading, so it holds at most the configured number of rows and says
 * so when the list had more.
 *
 * <p>Text is set in Liberation Sans, which PDFBox ships: it covers Latin, Greek and Cyrillic
 * letters, where the PDF standard fonts cover only Western European ones. The renderer may load
 * nothing from outside the document.
 */
@Component
class PdfTable {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String FONT_FAMILY = "Liberation Sans";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final ITemplateEngine templates;

  PdfTable(ITemplateEngine templates) {
    this.templates = templates;
  }

  <T> Written write(
      ExportTable<T> table, ExportRows<T> rows, OutputStream out, ZonedDateTime now, int maxRows)
      throws IOException {
    ZoneId zone = now.getZone();
    List<ExportColumn<T>> columns = table.columns().stream().filter(ExportColumn::inPdf).toList();
    List<List<String>> body = new ArrayList<>();
    boolean[] cut = {false};
    rows.forEach(
        maxRows + 1,
        row -> {
          if (body.size() == maxRows) {
            cut[0] = true;
            return;
          }
          body.add(
              columns.stream()
                  .map(column -> printable(ExportValues.text(column.value().apply(row), zone)))
                  .toList());
        });
    int totalWidth =
        Math.max(1, columns.stream().mapToInt(column -> Math.max(4, column.width())).sum());
    var context = new Context(Locale.ENGLISH);
    context.setVariable("title", printable(table.title()));
    context.setVariable("firm", printable(table.firmName()));
    context.setVariable("generated", WHEN.format(now) + " (" + zone.getId() + ")");
    context.setVariable(
        "filters",
        table.filters().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(filter -> printable(filter.getKey() + ": " + filter.getValue()))
            .toList());
    context.setVariable("headings", columns.stream().map(ExportColumn::heading).toList());
    context.setVariable(
        "widths",
        columns.stream()
            .map(
                column ->
                    String.format(
                        Locale.ROOT,
                        "width: %.1f%%",
                        100.0 * Math.max(4, column.width()) / totalWidth))
            .toList());
    context.setVariable("rows", body);
    context.setVariable("count", String.format(Locale.ENGLISH, "%,d", body.size()));
    context.setVariable("cut", cut[0]);
    context.setVariable("noun", table.rowNoun());
    String html = templates.process("exports/table", context);

    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    for (var priority : ExternalResourceControlPriority.values()) {
      builder.useExternalResourceAccessControl((uri, type) -> false, priority);
    }
    builder.useFont(() -> PdfTable.class.getResourceAsStream(FONT), FONT_FAMILY);
    builder.withProducer("Steward");
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
    return new Written(body.size(), cut[0]);
  }

  /**
   * Text that an XHTML document can hold: characters XML forbids (most control characters) become
   * spaces. A leading tab or carriage return is kept as white space, and nothing else is changed: a
   * PDF evaluates no formulas, so user text is shown exactly as typed.
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean allowed =
                  cp == '\t'
                      || cp == '\n'
                      || cp == '\r'
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp >= 0x10000;
              out.appendCodePoint(allowed ? cp : ' ');
            });
    return out.toString();
  }
}
