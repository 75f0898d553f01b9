package dev.steward.reports;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, as a reader copying it would get it. */
final class PdfText {

  private PdfText() {}

  static String of(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
