package dev.steward.microsoft;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Microsoft's failures as problem details: 409 when the caller signed in with a password and so
 * cannot act in Microsoft 365, 503 when Steward cannot call Microsoft (each with its {@code code}),
 * 502 when Microsoft failed.
 */
@RestControllerAdvice
class MicrosoftProblems {

  @ExceptionHandler
  ProblemDetail unavailable(MicrosoftUnavailableException e) {
    boolean signIn = e.reason() == MicrosoftUnavailableException.Reason.NEEDS_MICROSOFT_SIGN_IN;
    // A password sign-in is a state of the caller's session, not an outage: 409, so that nobody
    // retries it.
    var problem =
        ProblemDetail.forStatusAndDetail(
            signIn ? HttpStatus.CONFLICT : HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle(signIn ? "Microsoft sign-in needed" : "Microsoft 365 unavailable");
    problem.setType(URI.create("https://steward.dev/problems/" + e.reason().code()));
    problem.setProperty("code", e.reason().code());
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
