package dev.steward.spreadsheets.read;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A workbook's shared strings, spilled to a temporary file with only their offsets on the heap.
 * Excel keeps every text cell in this table, so a million-row sheet saved by Excel carries millions
 * of strings: POI's {@code ReadOnlySharedStringsTable} holds them all as Java strings, which does
 * not fit the service's 512 MB heap. Here a string costs eight bytes of heap; its text is read back
 * from the memory-mapped file when a cell refers to it.
 */
final class SpilledSharedStrings implements SharedStrings, Closeable {

  /**
   * Mapped window size; each window also covers the longest string, so no string straddles two
   * windows.
   */
  private static final long WINDOW = 1L << 30;

  /**
   * The most strings a table may hold: 128 MB of offsets. A million-row contact list carries a few
   * million distinct texts; a table of tiny strings beyond this is there to fill the heap.
   */
  static final int MAX_STRINGS = 1 << 24;

  private final Path file;
  private long[] offsets = new long[1024];
  private int count;
  private int longest;
  private MappedByteBuffer[] windows = new MappedByteBuffer[0];

  private SpilledSharedStrings(Path file) {
    this.file = file;
  }

  /**
   * Reads the package's shared-strings part (through POI's zip-bomb guard, and refused past the
   * budget's part limit); an empty table when it has none. Text beyond what the whole import may
   * hold, or more than {@value #MAX_STRINGS} strings, are refused here, before any row is read.
   */
  static SpilledSharedStrings read(OPCPackage pkg, ReadBudget budget)
      throws IOException, SAXException {
    var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return fromXml(InputStream.nullInputStream(), budget);
    }
    try (InputStream xml = BoundedPart.open(parts.get(0), "shared-strings table", budget)) {
      return fromXml(xml, budget);
    }
  }

  /** Reads an {@code <sst>} document; an empty stream gives an empty table. */
  static SpilledSharedStrings fromXml(InputStream xml, ReadBudget budget)
      throws IOException, SAXException {
    var strings = new SpilledSharedStrings(Files.createTempFile("steward-strings-", ".bin"));
    try {
      try (var out = new BufferedOutputStream(Files.newOutputStream(strings.file), 1 << 16);
          var pushback = new PushbackInputStream(xml)) {
        int first = pushback.read();
        if (first >= 0) {
          pushback.unread(first);
          strings.parse(pushback, out, budget);
        }
      }
      strings.map();
      return strings;
    } catch (IOException | SAXException | RuntimeException e) {
      strings.close();
      throw e;
    }
  }

  private void parse(InputStream xml, OutputStream out, ReadBudget budget)
      throws IOException, SAXException {
    var reader = newReader();
    var handler = new SharedStringItems(this, out, budget);
    reader.setContentHandler(handler);
    reader.parse(new InputSource(xml));
    if (handler.failure != null) {
      throw handler.failure;
    }
  }

  private static org.xml.sax.XMLReader newReader() throws SAXException {
    try {
      return XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  void append(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (count == MAX_STRINGS) {
      throw TooMuchTextException.tooManyStrings(MAX_STRINGS);
    }
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    out.write(bytes);
    offsets[count + 1] = offsets[count] + bytes.length;
    longest = Math.max(longest, bytes.length);
    count++;
  }

  private void map() throws IOException {
    long size = offsets[count];
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      int needed = (int) ((size + WINDOW - 1) / WINDOW);
      windows = new MappedByteBuffer[needed];
      for (int w = 0; w < needed; w++) {
        long start = w * WINDOW;
        windows[w] =
            channel.map(
                FileChannel.MapMode.READ_ONLY, start, Math.min(size - start, WINDOW + longest));
      }
    }
  }

  /** The text of string {@code index}, as the sheet's cells show it. */
  String text(int index) {
    if (index < 0 || index >= count) {
      throw new IllegalStateException(
          "The workbook refers to shared string " + index + " of " + count + "; it is damaged.");
    }
    long start = offsets[index];
    int length = (int) (offsets[index + 1] - start);
    if (length == 0) {
      return "";
    }
    var window = windows[(int) (start / WINDOW)];
    byte[] bytes = new byte[length];
    window.get((int) (start % WINDOW), bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public RichTextString getItemAt(int index) {
    return new SharedText(text(index));
  }

  @Override
  public int getCount() {
    return count;
  }

  @Override
  public int getUniqueCount() {
    return count;
  }

  @Override
  public void close() throws IOException {
    windows = new MappedByteBuffer[0];
    Files.deleteIfExists(file);
  }
}
