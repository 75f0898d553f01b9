package dev.steward.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the campaign and portfolio workbooks: a template (the firm's or the built-in one) filled
 * with a report's figures. The small tables are written into the template as it is; the member list
 * is streamed (SXSSF over the template), so a campaign of any size is written in little memory.
 */
@Component
class ReportWriter {

  /** Streams the members of a campaign, one row at a time. */
  interface MemberSource {
    void forEach(Consumer<MemberRow> row);
  }

  /**
   * Writes the campaign workbook into a new temporary file and returns it; the caller deletes it.
   */
  Path campaign(byte[] template, CampaignReport report, LocalDate today, MemberSource members)
      throws IOException {
    try (var book = open(template)) {
      var filler = new WorkbookFiller(book);
      filler.names("ReportTitle", List.of(report.name()));
      filler.names("ReportSubtitle", List.of(campaignSubtitle(report, today)));
      filler.names("Definitions", Definitions.TEXT.lines());
      var f = report.figures();
      var time = report.timeToResponse();
      filler.fill("Figures", TemplateKind.FIGURES, figureRows(f, ReportWriter::rateOrDraft, time));
      funnel(filler, f);
      weeks(filler, report.responsesPerWeek());
      days(filler, time);
      results(filler, "ByContactType", report.resultsByContactType(), report.countedInRates());
      results(filler, "ByChannel", report.resultsByChannel(), report.countedInRates());
      return MemberSheet.stream(book, filler, members);
    }
  }

  /**
   * Writes the portfolio workbook into a new temporary file and returns it; the caller deletes it.
   */
  Path portfolio(byte[] template, PortfolioReport report, LocalDate today) throws IOException {
    try (var book = open(template)) {
      var filler = new WorkbookFiller(book);
      filler.names(
          "ReportTitle", List.of("Campaigns from " + report.from() + " to " + report.to()));
      filler.names(
          "ReportSubtitle",
          List.of(
              report.campaignsSent()
                  + " sent and "
                  + report.draftCampaigns()
                  + " draft campaigns · rates cover the sent ones · report of "
                  + today));
      filler.names("Definitions", Definitions.TEXT.lines());
      var f = report.sent();
      var time = report.timeToResponse();
      List<Object[]> figures = new ArrayList<>();
      figures.add(row("Campaigns sent", report.campaignsSent()));
      figures.add(row("Draft campaigns", report.draftCampaigns()));
      figures.addAll(figureRows(f, rate -> rate, time));
      figures.add(row("Members of drafts", report.drafts().total()));
      filler.fill("Figures", TemplateKind.FIGURES, figures);
      funnel(filler, f);
      List<Object[]> lines = new ArrayList<>();
      for (var line : report.campaigns()) {
        var m = line.figures();
        lines.add(
            new Object[] {
              line.name(),
              label(line.channel()),
              label(line.status()),
              line.sendDate(),
              m.total(),
              m.responded(),
              m.converted(),
              m.notInterested(),
              m.otherResponses(),
              m.pending(),
              m.responseRate(),
              m.conversionRate(),
              line.medianDaysToResponse()
            });
      }
      filler.fill("Campaigns", TemplateKind.CAMPAIGNS, lines);
      weeks(filler, report.responsesPerWeek());
      days(filler, time);
      results(filler, "ByContactType", report.resultsByContactType(), true);
      results(filler, "ByChannel", report.resultsByChannel(), true);
      filler.fitCharts();
      return save(book);
    }
  }

  private static void funnel(WorkbookFiller filler, MemberFigures f) {
    filler.fill(
        "Funnel",
        TemplateKind.FUNNEL,
        List.of(
            row("Members", f.total()),
            row("Responded", f.responded()),
            row("Converted", f.converted())));
  }

  private static void weeks(WorkbookFiller filler, Map<String, Long> perWeek) {
    List<Object[]> rows = new ArrayList<>();
    long total = 0;
    for (var week : perWeek.entrySet()) {
      total += week.getValue();
      rows.add(new Object[] {LocalDate.parse(week.getKey()), week.getValue(), total});
    }
    filler.fill("Weeks", TemplateKind.WEEKS, rows);
  }

  private static void days(WorkbookFiller filler, TimeToResponse time) {
    filler.fill(
        "DaysToResponse",
        TemplateKind.DAYS,
        time.histogram().stream().map(bar -> new Object[] {bar.days(), bar.responses()}).toList());
  }

  private static void results(
      WorkbookFiller filler, String table, Map<String, Results> results, boolean rates) {
    var columns = new ArrayList<String>();
    columns.add(filler.table(table).getColumns().get(0).getName());
    columns.addAll(TemplateKind.RESULTS);
    List<Object[]> rows = new ArrayList<>();
    results.forEach(
        (key, r) ->
            rows.add(
                new Object[] {
                  label(key),
                  r.members(),
                  r.responded(),
                  r.converted(),
                  r.notInterested(),
                  r.otherResponses(),
                  r.pending(),
                  rates ? r.responseRate() : null,
                  rates ? r.conversionRate() : null
                }));
    filler.fill(table, columns, rows);
  }

  private static Path save(XSSFWorkbook book) throws IOException {
    Path file = Files.createTempFile("steward-report-", ".xlsx");
    try (OutputStream stream = Files.newOutputStream(file)) {
      book.write(stream);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  static XSSFWorkbook open(byte[] template) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(template));
  }

  private static String campaignSubtitle(CampaignReport report, LocalDate today) {
    var parts = new ArrayList<String>();
    parts.add(label(report.channel()));
    if (!report.countedInRates()) {
      parts.add("draft: counted apart, no rates");
    } else if (report.sendDate() != null) {
      parts.add("sent " + report.sendDate());
    } else {
      parts.add(label(report.status()) + ", no send date: no days to response");
    }
    parts.add(report.figures().total() + (report.figures().total() == 1 ? " member" : " members"));
    parts.add("report of " + today);
    return String.join(" · ", parts);
  }

  /** The rows of the Figures table that a campaign's report and the portfolio share. */
  private static List<Object[]> figureRows(
      MemberFigures f, Function<BigDecimal, Object> rate, TimeToResponse time) {
    return List.of(
        row("Members", f.total()),
        row("No response yet", f.pending()),
        row("Responded", f.responded()),
        row("Converted", f.converted()),
        row("Not interested", f.notInterested()),
        row("Response rate", rate.apply(f.responseRate())),
        row("Conversion rate", rate.apply(f.conversionRate())),
        row("Median days to response", time.median()),
        row("Lower quartile (days)", time.lowerQuartile()),
        row("Upper quartile (days)", time.upperQuartile()));
  }

  private static Object rateOrDraft(BigDecimal rate) {
    return rate == null ? "Draft: not in rates" : rate;
  }

  private static Object[] row(String label, Object value) {
    return new Object[] {label, value};
  }

  /**
   * Stored words are few (statuses, types, channels, ways of recording): each is spelled out once.
   */
  private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A stored word as people read it: not_interested → Not interested. */
  static String label(String word) {
    if (word == null || word.isEmpty()) {
      return word;
    }
    return word.length() > 40 ? spell(word) : LABELS.computeIfAbsent(word, ReportWriter::spell);
  }

  private static String spell(String word) {
    if (word.equals("pending")) {
      return "No response yet";
    }
    String spaced = word.replace('_', ' ');
    return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
