package dev.steward.reports;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused template as a problem: 413 when too large, else 422, with its {@code code} and what is
 * missing.
 */
@RestControllerAdvice
class ReportProblems {

  @ExceptionHandler
  ProblemDetail refused(TemplateRefusedException e) {
    boolean tooLarge = e.code().equals("template-too-large");
    var problem =
        ProblemDetail.forStatusAndDetail(
            tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT,
            e.getMessage());
    problem.setTitle(tooLarge ? "Template too large" : "Template cannot be used");
    problem.setType(URI.create("https://steward.dev/problems/" + e.code()));
    problem.setProperty("code", e.code());
    if (!e.missing().isEmpty()) {
      problem.setProperty("missing", e.missing());
    }
    return problem;
  }
}
