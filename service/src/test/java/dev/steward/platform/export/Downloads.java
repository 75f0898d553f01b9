package dev.steward.platform.export;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.steward.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Downloads a file from the API in a test (waiting for the streamed body) and reads it back. */
public final class Downloads {

  private Downloads() {}

  /** A downloaded answer: status, headers, and the bytes. */
  public record Download(int status, String contentType, String contentDisposition, byte[] body) {

    /** The body as text, without its byte-order mark; fails when there is none. */
    public String csvText() {
      String text = new String(body, StandardCharsets.UTF_8);
      if (!text.startsWith("\uFEFF")) {
        throw new AssertionError("The CSV does not start with a UTF-8 byte-order mark");
      }
      return text.substring(1);
    }

    /** The CSV's records, the header first. */
    public List<List<String>> csv() {
      List<List<String>> records = new ArrayList<>();
      for (CsvRecord record : CsvReader.builder().ofCsvRecord(csvText())) {
        records.add(record.getFields());
      }
      return records;
    }

    public XSSFWorkbook workbook() throws IOException {
      return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    /** The PDF's text, page after page, as PDFBox extracts it. */
    public String pdfText() throws IOException {
      try (var document = Loader.loadPDF(body)) {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
      }
    }

    public int pdfPages() throws IOException {
      try (var document = Loader.loadPDF(body)) {
        return document.getNumberOfPages();
      }
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** GETs {@code path} as {@code api}; a streamed body is waited for. */
  public static Download get(MockMvc mvc, Api api, String path, Object... vars) throws Exception {
    MvcResult result = api.get(path, vars).andReturn();
    if (result.getRequest().isAsyncStarted()) {
      result = mvc.perform(asyncDispatch(result)).andReturn();
    }
    var response = result.getResponse();
    return new Download(
        response.getStatus(),
        response.getContentType(),
        response.getHeader("Content-Disposition"),
        response.getContentAsByteArray());
  }
}
