package dev.steward.microsoft;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads a file's bytes chunk by chunk for an upload session, opening it again when an upload
 * resumes somewhere else.
 */
final class ChunkReader implements AutoCloseable {

  private final InputStreamSource content;
  private InputStream in;
  private long position;

  ChunkReader(InputStreamSource content) {
    this.content = content;
  }

  byte[] read(long offset, int length) throws IOException {
    if (in == null || offset != position) {
      close();
      in = content.getInputStream();
      in.skipNBytes(offset);
      position = offset;
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException(
          "The file ended at byte " + (position + bytes.length) + ", before the size given");
    }
    position += length;
    return bytes;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
      in = null;
    }
  }
}
