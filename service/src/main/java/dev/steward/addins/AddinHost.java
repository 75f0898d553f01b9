package dev.steward.addins;

/**
 * The Office applications Steward has an add-in for, each with its manifest template on the
 * classpath.
 */
enum AddinHost {
  OUTLOOK("outlook", "Outlook"),
  EXCEL("excel", "Excel");

  private final String slug;
  private final String displayName;

  AddinHost(String slug, String displayName) {
    this.slug = slug;
    this.displayName = displayName;
  }

  /** The lower-case name used in file names and in the task pane's {@code ?host=} parameter. */
  String slug() {
    return slug;
  }

  String displayName() {
    return displayName;
  }

  String manifestFile() {
    return slug + ".xml";
  }
}
