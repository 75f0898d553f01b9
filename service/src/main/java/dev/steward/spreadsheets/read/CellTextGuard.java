package dev.steward.spreadsheets.read;

import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Stands between the XML parser and POI's sheet handler, which gathers a cell's text (and a
 * header's or footer's) in memory before handing it on: a cell of a hundred million characters
 * would fill the heap before the import could count it. Here the text of each cell, and of each
 * header and footer, is counted as the parser delivers it, and refused past a cell's limit plus
 * room for a formula (Excel keeps formulas under 8,192 characters). The exact count of a cell's
 * value is the {@link ReadBudget}'s, once POI hands the value on. Text anywhere else POI lets pass
 * without keeping it (blanks that pad a zip bomb are for POI's inflate-ratio guard).
 */
final class CellTextGuard implements ContentHandler {

  private static final int FORMULA_ROOM = 8_192;

  private static final Set<String> HEADERS_AND_FOOTERS =
      Set.of("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter");

  private final ContentHandler next;
  private final int limit;
  private final int cellLimit;
  private boolean inCell;
  private boolean inHeaderOrFooter;
  private String reference;
  private int chars;

  CellTextGuard(ContentHandler next, int cellLimit) {
    this.next = next;
    this.cellLimit = cellLimit;
    this.limit = cellLimit + FORMULA_ROOM;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if ("c".equals(localName)) {
      inCell = true;
      reference = atts.getValue("r");
      chars = 0;
    } else if (!inCell && HEADERS_AND_FOOTERS.contains(localName)) {
      inHeaderOrFooter = true;
      chars = 0;
    }
    next.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if ("c".equals(localName)) {
      inCell = false;
    } else if (inHeaderOrFooter && HEADERS_AND_FOOTERS.contains(localName)) {
      inHeaderOrFooter = false;
    }
    next.endElement(uri, localName, qName);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inCell || inHeaderOrFooter) {
      chars += length;
      if (chars > limit) {
        throw tooLong();
      }
    }
    next.characters(ch, start, length);
  }

  private TooMuchTextException tooLong() {
    if (inCell && reference != null) {
      try {
        var cell = new CellReference(reference);
        return TooMuchTextException.cell(cellLimit, cell.getRow() + 1, cell.getCol());
      } catch (RuntimeException unreadableReference) {
        // Worded without the place, below.
      }
    }
    return TooMuchTextException.longText(cellLimit);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    next.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    next.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    next.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    next.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    next.endPrefixMapping(prefix);
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    next.processingInstruction(target, data);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    next.skippedEntity(name);
  }
}
