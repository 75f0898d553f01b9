package dev.steward.platform.export;

import java.util.Map;
import java.util.UUID;

/**
 * Data left the CRM as a file. Published inside the export's transaction, for the audit log.
 *
 * @param entityType what was exported from ("contact", "campaign")
 * @param entityId the record it was exported from, or null for a list
 * @param title the export's title
 * @param format the file kind
 * @param filters the filters applied, in words
 * @param rows how many rows the file holds
 * @param cut whether rows were left out (a PDF stops at its limit)
 * @param fileName the file name the user was given
 */
public record DataExported(
    String entityType,
    UUID entityId,
    String title,
    ExportFormat format,
    Map<String, String> filters,
    long rows,
    boolean cut,
    String fileName) {}
