package dev.steward.identity.credentials;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Draws QR codes, such as the one an authenticator app scans to enrol, as SVG: sharp at any size
 * and small enough to inline in a page.
 */
@Component
public class QrCodes {

  /** The quiet zone the QR specification asks for, in modules. */
  static final int QUIET_ZONE = 4;

  private static final int PIXELS_PER_MODULE = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          QUIET_ZONE,
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name());

  /**
   * A QR code for the text as a standalone SVG document: one module per user unit, dark modules
   * drawn as one path of row runs on a white background that includes the quiet zone.
   *
   * @throws IllegalArgumentException if the text is too long for a QR code
   */
  public String svg(String text) {
    BitMatrix matrix = encode(text);
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    var path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      int x = 0;
      while (x < width) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && matrix.get(x, y)) {
          x++;
        }
        path.append('M')
            .append(start)
            .append(' ')
            .append(y)
            .append('h')
            .append(x - start)
            .append("v1H")
            .append(start)
            .append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\""
        + " width=\""
        + width * PIXELS_PER_MODULE
        + "\" height=\""
        + height * PIXELS_PER_MODULE
        + "\""
        + " shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + width
        + "\" height=\""
        + height
        + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The same SVG as a {@code data:} URI, for the {@code src} of an {@code <img>}. */
  public String dataUri(String text) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
  }

  private static BitMatrix encode(String text) {
    try {
      // Size 0 asks for the smallest matrix: one pixel per module, quiet zone included.
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "The text does not fit in a QR code: " + e.getMessage(), e);
    }
  }
}
