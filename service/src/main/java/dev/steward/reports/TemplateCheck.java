package dev.steward.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded template can be used: not too large, a real xlsx that unpacks to a
 * sane size, with every named table and column the writer fills, and a layout the writer can fill
 * (tried on made-up figures, with long lists, before the template is accepted).
 */
@Component
class TemplateCheck {

  private final ReportSettings settings;
  private final ReportWriter writer;

  TemplateCheck(ReportSettings settings, ReportWriter writer) {
    this.settings = settings;
    this.writer = writer;
  }

  /**
   * @throws TemplateRefusedException naming what is wrong or missing
   */
  void check(TemplateKind kind, byte[] file) {
    if (file.length == 0) {
      throw TemplateRefusedException.of("empty-file", "The file is empty.");
    }
    if (file.length > settings.templateMaxSize().toBytes()) {
      throw TemplateRefusedException.of(
          "template-too-large",
          "A template may be at most "
              + settings.templateMaxSize().toMegabytes()
              + " MB; this one is "
              + file.length / (1024 * 1024)
              + " MB.");
    }
    unpackedSize(file);
    try (var book = ReportWriter.open(file)) {
      List<String> missing = new ArrayList<>();
      for (var table : kind.tables().entrySet()) {
        XSSFTable found = find(book, table.getKey());
        if (found == null) {
          missing.add("table " + table.getKey());
          continue;
        }
        var headers =
            found.getColumns().stream()
                .map(c -> c.getName().strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : table.getValue()) {
          if (!headers.contains(column.toLowerCase(Locale.ROOT))) {
            missing.add("column \"" + column + "\" of table " + table.getKey());
          }
        }
        if (table.getKey().equals("Members")
            && !found.getXSSFSheet().getSheetName().equals(TemplateKind.MEMBERS_SHEET)) {
          missing.add("sheet " + TemplateKind.MEMBERS_SHEET + " holding table Members");
        }
      }
      if (!missing.isEmpty()) {
        throw new TemplateRefusedException(
            "template-incomplete",
            "The "
                + kind.word()
                + " template lacks "
                + String.join(", ", missing)
                + ". Start from the current template (download it) and keep these.",
            missing);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof TemplateRefusedException refused) {
        throw refused;
      }
      throw TemplateRefusedException.of(
          "damaged-workbook",
          "The file is not an Excel workbook (.xlsx) that can be read, or it is damaged or password-protected.");
    }
    tryOut(kind, file);
  }

  /**
   * Counts what the file really unpacks to, entry by entry, without trusting the sizes its zip
   * headers claim.
   */
  private void unpackedSize(byte[] file) {
    long limit = settings.templateMaxUnzipped().toBytes();
    long total = 0;
    int parts = 0;
    byte[] buffer = new byte[64 * 1024];
    // commons-compress (POI's own zip reader), not java.util.zip: workbooks written by streaming
    // (SXSSF, as Steward's
    // own exports are) carry Zip64 fields that ZipInputStream takes for a wrong size and refuses as
    // damaged.
    try (var zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++parts > settings.templateMaxParts()) {
          throw TemplateRefusedException.of(
              "zip-bomb",
              "The file holds more than "
                  + settings.templateMaxParts()
                  + " parts, more than any report template needs.");
        }
        int read;
        while ((read = zip.read(buffer)) > 0) {
          total += read;
          if (total > limit) {
            throw TemplateRefusedException.of(
                "zip-bomb",
                "The file unpacks to more than "
                    + settings.templateMaxUnzipped().toMegabytes()
                    + " MB, more than any report template needs.");
          }
        }
      }
    } catch (ZipException e) {
      throw TemplateRefusedException.of(
          "damaged-workbook", "The file is not an Excel workbook (.xlsx), or it is damaged.");
    } catch (IOException e) {
      throw TemplateRefusedException.of(
          "damaged-workbook", "The file could not be read as an Excel workbook (.xlsx).");
    }
    if (parts == 0) {
      throw TemplateRefusedException.of(
          "damaged-workbook", "The file is not an Excel workbook (.xlsx).");
    }
  }

  /**
   * Fills the template with made-up figures and long lists, as the writer will; a layout it cannot
   * fill is refused.
   */
  private void tryOut(TemplateKind kind, byte[] file) {
    try {
      var path =
          kind == TemplateKind.CAMPAIGN
              ? writer.campaign(
                  file,
                  SampleReports.campaign(),
                  LocalDate.now(),
                  row -> SampleReports.members(60, row))
              : writer.portfolio(file, SampleReports.portfolio(), LocalDate.now());
      Files.deleteIfExists(path);
    } catch (IllegalStateException e) {
      throw TemplateRefusedException.of("template-layout", e.getMessage() + ".");
    } catch (IOException | RuntimeException e) {
      throw TemplateRefusedException.of(
          "template-layout",
          "A report could not be written into this template ("
              + e.getClass().getSimpleName()
              + "). Start from the current template and restyle it.");
    }
  }

  private static XSSFTable find(org.apache.poi.xssf.usermodel.XSSFWorkbook book, String name) {
    for (var sheet : book) {
      for (var table : ((XSSFSheet) sheet).getTables()) {
        if (name.equalsIgnoreCase(table.getName())) {
          return table;
        }
      }
    }
    return null;
  }

  /** Made-up reports with longer lists than the templates' samples, to try a template's layout. */
  static final class SampleReports {

    private SampleReports() {}

    static CampaignReport campaign() {
      var figures = MemberFigures.of(60, 20, 40, 15, 10, true);
      return new CampaignReport(
          UUID.randomUUID(),
          "Sample campaign",
          "mail",
          "sent",
          LocalDate.now().minusDays(90),
          true,
          figures,
          Map.of(),
          figures.responseRate(),
          figures.conversionRate(),
          BigDecimal.TEN,
          time(),
          weeks(),
          results(List.of("individual", "business", "estate")),
          results(List.of("mail")),
          Definitions.TEXT);
    }

    static PortfolioReport portfolio() {
      var figures = MemberFigures.of(600, 200, 400, 150, 100, true);
      var lines = new ArrayList<PortfolioReport.Line>();
      for (int i = 0; i < 60; i++) {
        lines.add(
            new PortfolioReport.Line(
                UUID.randomUUID(),
                "Campaign " + i,
                "email",
                "sent",
                LocalDate.now().minusDays(i),
                figures,
                BigDecimal.ONE));
      }
      return new PortfolioReport(
          LocalDate.now().minusYears(1),
          LocalDate.now(),
          lines,
          60,
          0,
          figures,
          MemberFigures.NONE,
          time(),
          results(List.of("email", "phone", "mail")),
          results(List.of("individual", "business", "estate")),
          weeks(),
          Definitions.TEXT);
    }

    static void members(int count, java.util.function.Consumer<MemberRow> row) {
      for (int i = 0; i < count; i++) {
        row.accept(
            new MemberRow(
                "Member " + i,
                "individual",
                null,
                "m" + i + "@example.com",
                null,
                null,
                LocalDate.now(),
                "responded",
                Instant.now(),
                3,
                "manual"));
      }
    }

    private static TimeToResponse time() {
      var bars = new ArrayList<TimeToResponse.Bar>();
      for (int day = 0; day <= TimeToResponse.LAST_DAY; day++) {
        bars.add(new TimeToResponse.Bar(Integer.toString(day), day % 5));
      }
      bars.add(new TimeToResponse.Bar(TimeToResponse.LATER, 2));
      return new TimeToResponse(60, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, bars);
    }

    private static Map<String, Long> weeks() {
      var weeks = new LinkedHashMap<String, Long>();
      LocalDate monday = AnalyticsQueries.monday(LocalDate.now()).minusWeeks(60);
      for (int i = 0; i < 60; i++) {
        weeks.put(monday.plusWeeks(i).toString(), (long) (i % 7));
      }
      return weeks;
    }

    private static Map<String, Results> results(List<String> keys) {
      var results = new LinkedHashMap<String, Results>();
      keys.forEach(key -> results.put(key, Results.of(20, 5, 15, 5, 3)));
      return results;
    }
  }
}
