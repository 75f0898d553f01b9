package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a shared-strings part for {@link SpilledSharedStrings}: each {@code <si>} is one string,
 * its {@code <t>} text, or its runs' texts, leaving out phonetic guides.
 */
final class SharedStringItems extends DefaultHandler {

  private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private final SpilledSharedStrings strings;
  private final OutputStream out;
  private final ReadBudget budget;
  private final int cellLimit;
  private final StringBuilder text = new StringBuilder();
  private long chars;
  private boolean inText;
  private boolean inPhonetic;
  IOException failure;

  SharedStringItems(SpilledSharedStrings strings, OutputStream out, ReadBudget budget) {
    this.strings = strings;
    this.out = out;
    this.budget = budget;
    this.cellLimit = budget.limits().maxCellChars();
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (name(localName, qName)) {
      case "si" -> text.setLength(0);
      case "rPh" -> inPhonetic = true;
      case "t" -> inText = !inPhonetic;
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (name(localName, qName)) {
      case "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      case "si" -> {
        String decoded = decodeEscapes(text.toString());
        chars += decoded.length();
        budget.checkSharedText(chars);
        try {
          strings.append(out, decoded);
        } catch (IOException e) {
          failure = e;
          throw new SAXException(e);
        }
      }
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      // Only held in memory within bounds here: a cell that shows a string longer than a cell may
      // hold is refused
      // with its row and column as it is read. Seven characters of an escape (_x000D_) make one
      // of text.
      if (text.length() + length > 7L * cellLimit) {
        throw TooMuchTextException.longText(cellLimit);
      }
      text.append(ch, start, length);
    }
  }

  private static String name(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  /** OOXML writes control characters such as a carriage return as {@code _x000D_}. */
  static String decodeEscapes(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher matcher = ESCAPED_CHARACTER.matcher(text);
    var decoded = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(
          decoded,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
    }
    matcher.appendTail(decoded);
    return decoded.toString();
  }
}
