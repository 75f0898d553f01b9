package dev.steward.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser's tokens, in httpOnly SameSite=Strict cookies it cannot read: the access token for
 * the API, the refresh token only for the sign-in endpoints.
 */
@Component
class AuthCookies {

  static final String ACCESS = "steward_access";
  static final String REFRESH = "steward_refresh";

  private final IdentitySettings settings;

  AuthCookies(IdentitySettings settings) {
    this.settings = settings;
  }

  ResponseCookie access(String token, Duration maxAge) {
    return cookie(ACCESS, token, "/", maxAge);
  }

  ResponseCookie refresh(String token) {
    return cookie(REFRESH, token, "/api/auth", settings.refreshTokenTtl());
  }

  ResponseCookie[] cleared() {
    return new ResponseCookie[] {
      cookie(ACCESS, "", "/", Duration.ZERO), cookie(REFRESH, "", "/api/auth", Duration.ZERO)
    };
  }

  static Optional<String> read(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  static boolean present(HttpServletRequest request) {
    return read(request, ACCESS).isPresent() || read(request, REFRESH).isPresent();
  }

  private ResponseCookie cookie(String name, String value, String path, Duration maxAge) {
    return ResponseCookie.from(name, value)
        .httpOnly(true)
        .secure(settings.secureCookies())
        .sameSite("Strict")
        .path(path)
        .maxAge(maxAge)
        .build();
  }
}
