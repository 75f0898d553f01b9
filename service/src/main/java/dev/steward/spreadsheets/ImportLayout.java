package dev.steward.spreadsheets;

import java.util.List;
import java.util.UUID;

/**
 * What an import read and how its columns map onto contact fields.
 *
 * @param fileKind csv, xlsx, xls, ods, vcf, or rows for rows posted by the Excel pane
 * @param sheetLinkId the linked sheet the rows come from, if any
 * @param sheetSelection the rows are a selection of a linked sheet, not the whole sheet
 * @param reading how the file was read; null for rows posted by the Excel pane
 */
record ImportLayout(
    String fileKind,
    UUID sheetLinkId,
    String sheetName,
    boolean sheetSelection,
    int headerRow,
    List<String> header,
    List<ColumnMapping> mapping,
    FileReading reading) {

  /** Nothing read yet: the header is taken to be the first row. */
  static ImportLayout empty(String fileKind) {
    return new ImportLayout(fileKind, null, null, false, 1, List.of(), List.of(), null);
  }

  ImportLayout withSheet(UUID linkId, String name, boolean selection) {
    return new ImportLayout(fileKind, linkId, name, selection, headerRow, header, mapping, reading);
  }

  ImportLayout withHeader(int row, List<String> names, List<ColumnMapping> columns) {
    return new ImportLayout(
        fileKind,
        sheetLinkId,
        sheetName,
        sheetSelection,
        row,
        List.copyOf(names),
        List.copyOf(columns),
        reading);
  }

  ImportLayout withFile(String kind, String name, FileReading how) {
    return new ImportLayout(
        kind, sheetLinkId, name, sheetSelection, headerRow, header, mapping, how);
  }
}
