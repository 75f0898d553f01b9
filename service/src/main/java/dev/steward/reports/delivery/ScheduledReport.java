package dev.steward.reports.delivery;

import java.util.Objects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

/**
 * A report file ready to deliver.
 *
 * @param fileName the name it is stored under, such as {@code Portfolio 2026-11-01 to
 *     2026-11-30.xlsx}
 * @param contentType its media type
 * @param content its bytes, which may be read more than once (a failed upload resumes)
 * @param size its size in bytes
 */
public record ScheduledReport(
    String fileName, String contentType, InputStreamSource content, long size) {

  public ScheduledReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }

  public static ScheduledReport of(String fileName, String contentType, byte[] bytes) {
    return new ScheduledReport(fileName, contentType, new ByteArrayResource(bytes), bytes.length);
  }
}
