package dev.steward.microsoft;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Microsoft's failures as problem details: 503 when Steward cannot call Microsoft, 502 when Microsoft failed. */
@RestControllerAdvice
class MicrosoftProblems {

  @ExceptionHandler
  ProblemDetail unavailable(MicrosoftUnavailableException e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle("Microsoft 365 unavailable");
    return problem;
  }

  @ExceptionHandler
  ProblemDetail failed(GraphCallException e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    problem.setTitle("Microsoft 365 failed");
    if (e.status() > 0) {
      problem.setProperty("graphStatus", e.status());
    }
    if (e.code() != null) {
      problem.setProperty("graphCode", e.code());
    }
    return problem;
  }
}
