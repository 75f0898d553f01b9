package dev.steward.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the reports feature ({@code steward.reports.*}).
 *
 * @param templateMaxSize the largest template file an admin may upload
 * @param templateMaxUnzipped the most bytes a template may unpack to, all its parts together (a zip
 *     bomb guard)
 * @param templateMaxParts the most parts (zip entries) a template may hold
 * @param pdfMembers the members listed in the PDF report; the workbook lists them all
 */
@ConfigurationProperties("steward.reports")
record ReportSettings(
    DataSize templateMaxSize,
    DataSize templateMaxUnzipped,
    Integer templateMaxParts,
    Integer pdfMembers) {

  ReportSettings {
    templateMaxSize = templateMaxSize == null ? DataSize.ofMegabytes(5) : templateMaxSize;
    templateMaxUnzipped =
        templateMaxUnzipped == null ? DataSize.ofMegabytes(50) : templateMaxUnzipped;
    templateMaxParts = templateMaxParts == null ? 500 : templateMaxParts;
    pdfMembers = pdfMembers == null ? 500 : pdfMembers;
  }
}
