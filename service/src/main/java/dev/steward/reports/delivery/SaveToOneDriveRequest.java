package dev.steward.reports.delivery;

import jakarta.validation.constraints.Size;

/**
 * Where in their OneDrive the user wants the report.
 *
 * @param folder a folder path from the top of their OneDrive, such as {@code Reports/2026}; created
 *     when missing; {@value OneDriveSaves#DEFAULT_FOLDER} when empty
 */
public record SaveToOneDriveRequest(
    @Size(max = 400, message = "must be at most 400 characters") String folder) {}
