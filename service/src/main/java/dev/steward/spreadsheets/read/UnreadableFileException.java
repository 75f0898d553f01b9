package dev.steward.spreadsheets.read;

import java.time.Duration;

/**
 * A file that cannot be imported as it is, with a stable {@link #code()} for clients and a message
 * a person can act on. Answered with 422 (or 413 for {@code too-large}).
 */
public class UnreadableFileException extends RuntimeException {

  private final String code;

  public UnreadableFileException(String code, String message) {
    super(message);
    this.code = code;
  }

  public UnreadableFileException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static UnreadableFileException tooLarge(long maxBytes) {
    return new UnreadableFileException(
        "too-large",
        "The file is larger than the "
            + (maxBytes / (1024 * 1024))
            + " MB this installation accepts (STEWARD_UPLOAD_MAX_FILE_SIZE). Split it, or save it as CSV, which is smaller.");
  }

  /** An import that ran out of time; {@code code} {@code upload-timeout}. */
  public static UnreadableFileException timedOut(Duration maxTime) {
    return new UnreadableFileException(
        "upload-timeout",
        "The import was stopped after "
            + words(maxTime)
            + ", the"
            + " longest one may take here (STEWARD_IMPORT_MAX_UPLOAD_TIME). Nothing was imported. Split the rows into"
            + " smaller files, or import them when the service is less busy.");
  }

  /** "5 minutes", "90 seconds", "1 second". */
  static String words(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (duration.toMillis() < 1000) {
      return duration.toMillis() + " ms";
    }
    if (seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
