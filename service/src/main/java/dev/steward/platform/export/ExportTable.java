package dev.steward.platform.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an export is: a titled table of columns, and what it was taken from.
 *
 * @param title what the list is ("Contacts", "Autumn letter - members"); it also starts the file
 *     name
 * @param firmName the firm's name, printed on the PDF
 * @param filters the filters applied, in words (label to value), printed on the PDF and kept in the
 *     audit log
 * @param entityType what the audit log files the export under ("contact", "campaign")
 * @param entityId the record exported from, when there is one (the campaign)
 * @param rowNoun what a row is, in the plural ("contacts", "members"), for the PDF's words
 */
public record ExportTable<T>(
    String title,
    String firmName,
    Map<String, String> filters,
    List<ExportColumn<T>> columns,
    String entityType,
    UUID entityId,
    String rowNoun) {

  public ExportTable {
    filters = Map.copyOf(filters);
    columns = List.copyOf(columns);
  }
}
