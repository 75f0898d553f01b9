package dev.steward.reports.delivery;

import dev.steward.microsoft.DriveFile;
import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.microsoft.OneDrive;
import dev.steward.microsoft.UploadTarget;
import dev.steward.platform.InvalidInputException;
import dev.steward.reports.ReportFile;
import dev.steward.reports.ReportFiles;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Saves a report workbook, the same file as the download, into the signed-in user's own OneDrive,
 * on their behalf (on-behalf-of): their rights apply, and the file is theirs. Large workbooks go up
 * through an upload session.
 */
@Service
class OneDriveSaves {

  /** Where reports go when the user names no folder. */
  static final String DEFAULT_FOLDER = "Steward reports";

  private final ReportFiles reports;
  private final OneDrive oneDrive;

  OneDriveSaves(ReportFiles reports, OneDrive oneDrive) {
    this.reports = reports;
    this.oneDrive = oneDrive;
  }

  /**
   * Whether the signed-in user can save reports to their OneDrive, and if not, why, in words they
   * can act on.
   */
  OneDriveSaving availability() {
    try {
      oneDrive.signedInUserAccess();
      return new OneDriveSaving(true, DEFAULT_FOLDER, null, null);
    } catch (MicrosoftUnavailableException e) {
      return new OneDriveSaving(false, DEFAULT_FOLDER, e.reason().code(), e.getMessage());
    }
  }

  SavedReport campaign(UUID campaignId, String folder) {
    return save(folder, () -> reports.campaign(campaignId));
  }

  SavedReport portfolio(LocalDate from, LocalDate to, String folder) {
    return save(folder, () -> reports.portfolio(from, to));
  }

  /** Checks who acts and where before the report is written, so that a refusal costs no report. */
  private SavedReport save(String folder, Supplier<ReportFile> report) {
    GraphAccess access = oneDrive.signedInUserAccess();
    UploadTarget target = target(folder);
    try (ReportFile file = report.get()) {
      DriveFile saved = oneDrive.upload(access, target, file.fileName(), file::open, file.size());
      return new SavedReport(saved.name(), saved.webUrl(), target.folder(), saved.size());
    }
  }

  private static UploadTarget target(String folder) {
    try {
      return UploadTarget.myOneDrive(folder == null || folder.isBlank() ? DEFAULT_FOLDER : folder);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("folder", e.getMessage());
    }
  }
}
