package dev.steward.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report templates, and what the report writer needs of each: the named tables with the columns
 * it fills (by header text), and the sheet that holds the streamed member list. A firm's own
 * template must keep these; it may restyle, move and add anything else.
 */
enum TemplateKind {
  CAMPAIGN("campaign", "campaign-report.xlsx", "Campaign report template.xlsx"),
  PORTFOLIO("portfolio", "portfolio-report.xlsx", "Portfolio report template.xlsx");

  static final List<String> FIGURES = List.of("Figure", "Value");
  static final List<String> FUNNEL = List.of("Stage", "Members");
  static final List<String> WEEKS = List.of("Week starting", "Responses", "Cumulative responses");
  static final List<String> DAYS = List.of("Days after sending", "Responses");
  static final List<String> RESULTS =
      List.of(
          "Members",
          "Responded",
          "Converted",
          "Not interested",
          "Other responses",
          "No response yet",
          "Response rate",
          "Conversion rate");
  static final List<String> CAMPAIGNS =
      List.of(
          "Campaign",
          "Channel",
          "Status",
          "Send date",
          "Members",
          "Responded",
          "Converted",
          "Not interested",
          "Other responses",
          "No response yet",
          "Response rate",
          "Conversion rate",
          "Median days to response");
  static final List<String> MEMBERS =
      List.of(
          "Name",
          "Type",
          "Company",
          "Email",
          "Phone",
          "City",
          "Added",
          "Status",
          "Response date",
          "Days to response",
          "Recorded via");

  /** The defined names the writer fills when the template has them. */
  static final List<String> NAMES = List.of("ReportTitle", "ReportSubtitle", "Definitions");

  /** The sheet of the member list: SXSSF streams it, so nothing may lie below its table. */
  static final String MEMBERS_SHEET = "Members";

  private final String word;
  private final String builtIn;
  private final String downloadName;

  TemplateKind(String word, String builtIn, String downloadName) {
    this.word = word;
    this.builtIn = builtIn;
    this.downloadName = downloadName;
  }

  String word() {
    return word;
  }

  /** The built-in template's path on the classpath. */
  String builtInResource() {
    return "excel-templates/" + builtIn;
  }

  String downloadName() {
    return downloadName;
  }

  /** The tables the writer fills, each with the columns it needs. */
  Map<String, List<String>> tables() {
    var tables = new LinkedHashMap<String, List<String>>();
    tables.put("Figures", FIGURES);
    tables.put("Funnel", FUNNEL);
    if (this == PORTFOLIO) {
      tables.put("Campaigns", CAMPAIGNS);
    }
    tables.put("Weeks", WEEKS);
    tables.put("DaysToResponse", DAYS);
    tables.put("ByContactType", withFirst("Contact type"));
    tables.put("ByChannel", withFirst("Channel"));
    if (this == CAMPAIGN) {
      tables.put("Members", MEMBERS);
    }
    return tables;
  }

  private static List<String> withFirst(String column) {
    var columns = new java.util.ArrayList<String>();
    columns.add(column);
    columns.addAll(RESULTS);
    return List.copyOf(columns);
  }

  static Optional<TemplateKind> of(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (var kind : values()) {
      if (kind.word.equals(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
