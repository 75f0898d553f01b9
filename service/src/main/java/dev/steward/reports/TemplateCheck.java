package dev.steward.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
}
