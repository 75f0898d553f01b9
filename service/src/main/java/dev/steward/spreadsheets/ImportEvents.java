package dev.steward.spreadsheets;

import java.util.List;
import java.util.UUID;

/** What happens to imports, for the audit log and any other listener. */
public final class ImportEvents {

  private ImportEvents() {}

  /** An import's rows reached the CRM: how many contacts it created and updated. */
  public record ImportCommitted(
      UUID importId,
      UUID userId,
      String userEmail,
      String fileName,
      long created,
      long updated,
      long unchanged,
      long skipped,
      long rejected) {}

  /**
   * An import was undone: created contacts moved to the trash, updated ones restored, edited ones
   * left alone.
   */
  public record ImportUndone(
      UUID importId,
      UUID userId,
      String userEmail,
      long removed,
      long restored,
      List<UUID> editedSince) {}
}
