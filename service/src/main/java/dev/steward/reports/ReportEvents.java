package dev.steward.reports;

import java.util.UUID;

/** What happens to report templates, for the audit log and any other listener. */
public final class ReportEvents {

  private ReportEvents() {}

  /** An admin uploaded the firm's own template of a kind (campaign or portfolio). */
  public record TemplateUploaded(String kind, String fileName, long size, UUID userId) {}

  /** An admin removed the firm's own template of a kind: the built-in one is used again. */
  public record TemplateRestored(String kind, UUID userId) {}
}
