package dev.steward.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The campaign report as a PDF: the Thymeleaf page {@code templates/reports/campaign-report.html}
 * rendered by openhtmltopdf. Text from users goes in through Thymeleaf's escaping and comes out as
 * text, never as anything a reader would run.
 */
@Component
class ReportPdf {

  /**
   * A font with the characters of any name (accents, Vietnamese, the minus sign) where the system
   * has one.
   */
  private static final List<Path> FONTS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"));

  private static final List<Path> BOLD_FONTS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
          Path.of("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"));

  private final ITemplateEngine engine;
  private final ReportSettings settings;

  ReportPdf(ITemplateEngine engine, ReportSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  /** One row of a bar chart drawn in HTML: its label, value and width in percent of the widest. */
  record Bar(String label, long value, int width) {}

  Path campaign(CampaignReport report, LocalDate today, ReportWriter.MemberSource members)
      throws IOException {
    var context = new Context();
    context.setVariable("report", report);
    context.setVariable("today", today);
    context.setVariable("channel", ReportWriter.label(report.channel()));
    context.setVariable("status", ReportWriter.label(report.status()));
    var f = report.figures();
    context.setVariable(
        "funnel",
        bars(
            List.of(
                new Bar("Members", f.total(), 0),
                new Bar("Responded", f.responded(), 0),
                new Bar("Converted", f.converted(), 0))));
    var weeks = new ArrayList<Bar>();
    report.responsesPerWeek().forEach((week, count) -> weeks.add(new Bar(week, count, 0)));
    context.setVariable("weeks", bars(weeks));
    var days = new ArrayList<Bar>();
    report
        .timeToResponse()
        .histogram()
        .forEach(bar -> days.add(new Bar(bar.days(), bar.responses(), 0)));
    context.setVariable("days", bars(days));
    var types = new ArrayList<Map.Entry<String, Results>>();
    report
        .resultsByContactType()
        .forEach((type, results) -> types.add(Map.entry(ReportWriter.label(type), results)));
    context.setVariable("types", types);
    var rows = new ArrayList<MemberRow>();
    long[] total = {0};
    int limit = settings.pdfMembers();
    members.forEach(
        row -> {
          if (total[0]++ < limit) {
            rows.add(row);
          }
        });
    context.setVariable("members", rows);
    context.setVariable("moreMembers", Math.max(0, total[0] - rows.size()));
    context.setVariable("labels", new Labels());
    String html = engine.process("reports/campaign-report", context);

    Path file = Files.createTempFile("steward-report-", ".pdf");
    try (OutputStream out = Files.newOutputStream(file)) {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      font(builder, FONTS, 400);
      font(builder, BOLD_FONTS, 700);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  private static void font(PdfRendererBuilder builder, List<Path> candidates, int weight) {
    candidates.stream()
        .filter(Files::isReadable)
        .findFirst()
        .ifPresent(
            path ->
                builder.useFont(
                    path.toFile(),
                    "Report Sans",
                    weight,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true));
  }

  private static List<Bar> bars(List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    return bars.stream()
        .map(
            b ->
                new Bar(
                    b.label(),
                    b.value(),
                    max == 0 || b.value() == 0
                        ? 0
                        : (int) Math.max(1, Math.round(100.0 * b.value() / max))))
        .toList();
  }

  /** Formatting for the page: labels, percentages and days. */
  static final class Labels {

    public String word(String word) {
      return ReportWriter.label(word);
    }

    public String percent(BigDecimal rate) {
      return rate == null
          ? "not in rates (draft)"
          : rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    public String days(BigDecimal days) {
      return days == null ? "–" : days.toPlainString();
    }

    public String date(java.time.Instant instant) {
      return instant == null
          ? ""
          : instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * The share in percent with one decimal, so that the parts of a stacked bar add up to its
     * width.
     */
    public double share(long part, long whole) {
      return whole == 0 ? 0 : Math.floor(1000.0 * part / whole) / 10;
    }
  }
}
