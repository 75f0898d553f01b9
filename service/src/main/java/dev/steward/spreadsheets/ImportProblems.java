package dev.steward.spreadsheets;

import dev.steward.spreadsheets.read.TooMuchTextException;
import dev.steward.spreadsheets.read.UnreadableFileException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Refused files as problem details: 413 for a file too large, 422 for every other, each with its
 * {@code code}; a file with too much text also says which {@code bound} it passed, the {@code
 * limit}, and the {@code row} and {@code column} where they are known. Ahead of the platform's
 * advice, so that the servlet container's own size refusal reads like the import's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ImportProblems.class);

  private final ImportSettings settings;

  ImportProblems(ImportSettings settings) {
    this.settings = settings;
  }

  @ExceptionHandler
  ProblemDetail unreadable(UnreadableFileException e) {
    boolean tooLarge = e.code().equals("too-large");
    var problem =
        ProblemDetail.forStatusAndDetail(
            tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT,
            e.getMessage());
    problem.setTitle(tooLarge ? "File too large" : "File cannot be imported");
    problem.setType(URI.create("https://steward.dev/problems/import-" + e.code()));
    problem.setProperty("code", e.code());
    if (e instanceof TooMuchTextException text) {
      problem.setProperty("bound", text.bound().value());
      problem.setProperty("limit", text.limit());
      if (text.row() > 0) {
        problem.setProperty("row", text.row());
      }
      if (text.column() != null) {
        problem.setProperty("column", text.column());
      }
    }
    return problem;
  }

  /**
   * A multipart body that could not be read. Nearly always it stopped before its end because its
   * client went away (a closed tab, a lost connection): the servlet container reads the whole body
   * before any controller runs, so no job was started and nothing is kept. Nobody is left to read
   * that answer; it is logged as what it is, not as a failure of the service.
   */
  @ExceptionHandler
  ProblemDetail unreadableUpload(MultipartException e) {
    boolean cutOff = false;
    for (Throwable cause = e; cause != null && !cutOff; cause = cause.getCause()) {
      cutOff =
          cause instanceof java.io.EOFException
              || cause.getClass().getSimpleName().equals("ClientAbortException")
              || String.valueOf(cause.getMessage()).contains("ended unexpectedly");
    }
    log.info(
        "An upload could not be read{}: {}",
        cutOff ? " (it stopped before its end)" : "",
        e.getMostSpecificCause().toString());
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            cutOff
                ? "The upload stopped before the whole file arrived, so nothing was imported. Upload the file again."
                : "The upload could not be read as a form with the file in its field 'file'.");
    problem.setTitle(cutOff ? "Upload incomplete" : "Upload unreadable");
    String code = cutOff ? "upload-cancelled" : "malformed-upload";
    problem.setType(URI.create("https://steward.dev/problems/import-" + code));
    problem.setProperty("code", code);
    return problem;
  }

  /**
   * Tomcat stops reading a multipart body past STEWARD_UPLOAD_MAX_FILE_SIZE, before any controller
   * runs. Import files are the only uploads the service takes, so the refusal is the import's.
   */
  @ExceptionHandler
  ProblemDetail overLimit(MaxUploadSizeExceededException e) {
    return unreadable(UnreadableFileException.tooLarge(settings.maxFileSize().toBytes()));
  }
}
