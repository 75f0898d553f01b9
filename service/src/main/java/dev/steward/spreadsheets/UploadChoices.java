package dev.steward.spreadsheets;

/**
 * What the user chose for an upload where Steward's guess was wrong: each null lets Steward decide.
 *
 * @param encoding a CSV file's charset
 * @param headerRow the header's row number (1 is the first row)
 * @param sheet a workbook's sheet, by name
 */
record UploadChoices(String encoding, Integer headerRow, String sheet) {

  static final UploadChoices NONE = new UploadChoices(null, null, null);
}
