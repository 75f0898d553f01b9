package dev.steward.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A written report: the name a person would keep it under, its media type, and the temporary file
 * that holds it. Whoever receives it reads it ({@link #open()}, {@link #size()}) and then closes
 * it, which deletes the file.
 */
public record ReportFile(String fileName, String contentType, Path path) implements AutoCloseable {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  public long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }

  /** Deletes the file. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
