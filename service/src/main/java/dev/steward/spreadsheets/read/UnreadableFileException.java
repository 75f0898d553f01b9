package dev.steward.spreadsheets.read;

/**
 * A file that cannot be imported as it is, with a stable {@link #code()} for clients and a message a person can act
 * on. Answered with 422 (or 413 for {@code too-large}).
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
    return new UnreadableFileException("too-large", "The file is larger than the " + (maxBytes / (1024 * 1024))
        + " MB this installation accepts (STEWARD_UPLOAD_MAX_FILE_SIZE). Split it, or save it as CSV, which is smaller.");
  }
}
