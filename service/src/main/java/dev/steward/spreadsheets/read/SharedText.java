package dev.steward.spreadsheets.read;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;

/**
 * A shared string as POI's sheet handler takes it, which asks only for its text ({@code toString}).
 * POI's own {@code XSSFRichTextString} keeps the text in an XMLBeans object, built and read back
 * for every cell that shows the string; here it is the string itself. Read-only: an import never
 * formats text.
 */
final class SharedText implements RichTextString {

  private final String text;

  SharedText(String text) {
    this.text = text;
  }

  @Override
  public String getString() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public int numFormattingRuns() {
    return 0;
  }

  @Override
  public int getIndexOfFormattingRun(int index) {
    return 0;
  }

  @Override
  public void applyFont(int startIndex, int endIndex, short fontIndex) {
    throw readOnly();
  }

  @Override
  public void applyFont(int startIndex, int endIndex, Font font) {
    throw readOnly();
  }

  @Override
  public void applyFont(Font font) {
    throw readOnly();
  }

  @Override
  public void clearFormatting() {
    throw readOnly();
  }

  @Override
  public void applyFont(short fontIndex) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("A shared string read for an import is not formatted");
  }
}
