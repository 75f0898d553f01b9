package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an xlsx's workbook part says about its sheets that POI's event reader does not: which are
 * hidden, which one is active, and whether dates count from 1904.
 */
record WorkbookFacts(Set<String> hidden, String activeSheet, boolean date1904) {

  static WorkbookFacts read(XSSFReader reader, ReadBudget budget)
      throws IOException, InvalidFormatException {
    var hidden = new HashSet<String>();
    var names = new ArrayList<String>();
    int[] activeTab = {0};
    boolean[] date1904 = {false};
    try (var in =
        org.apache.commons.io.input.BoundedInputStream.builder()
            .setInputStream(reader.getWorkbookData())
            .setMaxCount(budget.limits().maxPartBytes())
            .get()) {
      var xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
              budget.checkTime();
              switch (local) {
                case "workbookPr" -> date1904[0] = truthy(atts.getValue("date1904"));
                case "workbookView" -> activeTab[0] = parse(atts.getValue("activeTab"));
                case "sheet" -> {
                  String name = atts.getValue("name");
                  names.add(name);
                  String state = atts.getValue("state");
                  if (state != null && !state.equals("visible")) {
                    hidden.add(name);
                  }
                }
                default -> {}
              }
            }
          });
      xml.parse(new InputSource(in));
    } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw XlsxRefusals.damaged(e);
    }
    List<String> order = List.copyOf(names);
    return new WorkbookFacts(
        Set.copyOf(hidden),
        activeTab[0] < order.size() ? order.get(activeTab[0]) : null,
        date1904[0]);
  }

  private static boolean truthy(String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  private static int parse(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
