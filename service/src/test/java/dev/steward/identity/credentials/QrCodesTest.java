package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrCodesTest {

  private static final String URI =
      "otpauth://totp/Smith%20%26%20Co:jane%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
          + "&issuer=Smith%20%26%20Co&algorithm=SHA1&digits=6&period=30";
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1H\\d+z");
  private static final int SCALE = 4;

  private final QrCodes qrCodes = new QrCodes();

  @Test
  void drawsAWellFormedSvgThatDecodesBackToTheText() throws Exception {
    Document svg = parse(qrCodes.svg(URI));

    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(decode(svg)).isEqualTo(URI);
  }

  @Test
  void keepsAQuietZoneOfFourModules() throws Exception {
    Document svg = parse(qrCodes.svg(URI));
    String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
    int size = Integer.parseInt(viewBox[2]);
    var runs = RUN.matcher(path(svg).getAttribute("d"));
    int minX = Integer.MAX_VALUE;
    int maxX = 0;
    while (runs.find()) {
      minX = Math.min(minX, Integer.parseInt(runs.group(1)));
      maxX = Math.max(maxX, Integer.parseInt(runs.group(1)) + Integer.parseInt(runs.group(3)));
    }

    assertThat(minX).isEqualTo(QrCodes.QUIET_ZONE);
    assertThat(size - maxX).isEqualTo(QrCodes.QUIET_ZONE);
  }

  @Test
  void encodesTheSameSvgAsADataUri() {
    String dataUri = qrCodes.dataUri(URI);

    assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
    String encoded = dataUri.substring("data:image/svg+xml;base64,".length());
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo(qrCodes.svg(URI));
  }

  @Test
  void refusesTextTooLongForAQrCode() {
    assertThatThrownBy(() -> qrCodes.svg("x".repeat(5000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element path(Document svg) {
    return (Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0);
  }

  /**
   * Rasterises the SVG's path of runs, the only thing it draws in black, and reads it with ZXing's
   * decoder.
   */
  private static String decode(Document svg) throws Exception {
    String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
    int width = Integer.parseInt(viewBox[2]) * SCALE;
    int height = Integer.parseInt(viewBox[3]) * SCALE;
    var pixels = new int[width * height];
    Arrays.fill(pixels, 0xFFFFFF);
    String d = path(svg).getAttribute("d");
    assertThat(RUN.matcher(d).replaceAll("")).isEmpty();
    var runs = RUN.matcher(d);
    while (runs.find()) {
      int x0 = Integer.parseInt(runs.group(1)) * SCALE;
      int y0 = Integer.parseInt(runs.group(2)) * SCALE;
      int length = Integer.parseInt(runs.group(3)) * SCALE;
      for (int y = y0; y < y0 + SCALE; y++) {
        for (int x = x0; x < x0 + length; x++) {
          pixels[y * width + x] = 0x000000;
        }
      }
    }
    var bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }
}
