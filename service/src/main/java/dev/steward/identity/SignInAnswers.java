package dev.steward.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A sign-in's outcome as an HTTP answer: the session's cookies and body, or a problem (a code
 * needed, refused, locked with Retry-After).
 */
@Component
class SignInAnswers {

  private final AuthCookies cookies;

  SignInAnswers(AuthCookies cookies) {
    this.cookies = cookies;
  }

  ResponseEntity<?> answer(SignInResult result) {
    return switch (result.outcome()) {
      case SIGNED_IN ->
          ResponseEntity.ok()
              .headers(sessionCookies(result.session()))
              .body(SessionBody.of(result.session()));
      case MFA_REQUIRED -> {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, result.message());
        problem.setTitle("Code needed");
        problem.setProperty("mfaRequired", true);
        yield ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
      }
      case REFUSED -> {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, result.message());
        problem.setTitle("Sign-in refused");
        yield ResponseEntity.status(HttpStatus.UNAUTHORIZED).headers(clearCookies()).body(problem);
      }
      case LOCKED -> {
        var problem =
            ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, result.message());
        problem.setTitle("Locked for now");
        yield ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(
                HttpHeaders.RETRY_AFTER,
                String.valueOf(Math.max(1, result.retryAfter().toSeconds())))
            .body(problem);
      }
    };
  }

  HttpHeaders sessionCookies(SignInResult.Session session) {
    var headers = new HttpHeaders();
    Duration accessAge = Duration.between(Instant.now(), session.accessExpiresAt());
    headers.add(
        HttpHeaders.SET_COOKIE, cookies.access(session.accessToken(), accessAge).toString());
    headers.add(HttpHeaders.SET_COOKIE, cookies.refresh(session.refreshToken()).toString());
    return headers;
  }

  HttpHeaders clearCookies() {
    var headers = new HttpHeaders();
    for (var cookie : cookies.cleared()) {
      headers.add(HttpHeaders.SET_COOKIE, cookie.toString());
    }
    return headers;
  }
}
