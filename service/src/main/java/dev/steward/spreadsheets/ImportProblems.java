package dev.steward.spreadsheets;

import dev.steward.spreadsheets.read.UnreadableFileException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused files as problem details: 413 for a file too large, 422 for every other, each with its {@code code}. */
@RestControllerAdvice
class ImportProblems {

  @ExceptionHandler
  ProblemDetail unreadable(UnreadableFileException e) {
    boolean tooLarge = e.code().equals("too-large");
    var problem = ProblemDetail.forStatusAndDetail(
        tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setTitle(tooLarge ? "File too large" : "File cannot be imported");
    problem.setType(URI.create("https://steward.dev/problems/import-" + e.code()));
    problem.setProperty("code", e.code());
    return problem;
  }
}
