package dev.steward.identity;

import dev.steward.platform.ClientAddress;
import dev.steward.platform.ConflictException;
import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local sign-in. The browser gets its tokens as httpOnly cookies; API clients and the add-ins read
 * them from the body and send {@code Authorization: Bearer}.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sign-in")
class AuthController {

  private final SignInService signIn;
  private final UserService userService;
  private final MfaService mfa;
  private final Tenants tenants;
  private final AuthCookies cookies;
  private final ClientAddress clientAddress;
  private final CsrfTokenRepository csrfTokens;

  AuthController(
      SignInService signIn,
      UserService userService,
      MfaService mfa,
      Tenants tenants,
      AuthCookies cookies,
      ClientAddress clientAddress,
      CsrfTokenRepository csrfTokens) {
    this.signIn = signIn;
    this.userService = userService;
    this.mfa = mfa;
    this.tenants = tenants;
    this.cookies = cookies;
    this.clientAddress = clientAddress;
    this.csrfTokens = csrfTokens;
  }

  @PostMapping("/login")
  @Operation(
      summary = "Sign in with email and password, plus a TOTP or recovery code when MFA is on")
  ResponseEntity<?> login(
      @Valid @RequestBody LoginRequest request,
      HttpServletRequest http,
      HttpServletResponse response) {
    var result = signIn.signIn(request, clientAddress.of(http), http.getServerName());
    if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
      newCsrfToken(http, response);
    }
    return answer(result);
  }

  @PostMapping("/refresh")
  @Operation(
      summary =
          "Swap the refresh token (cookie or body) for new tokens; each refresh token works once")
  ResponseEntity<?> refresh(
      @RequestBody(required = false) RefreshRequest body, HttpServletRequest http) {
    String token =
        body != null && body.refreshToken() != null
            ? body.refreshToken()
            : AuthCookies.read(http, AuthCookies.REFRESH).orElse(null);
    if (token == null) {
      return answer(SignInResult.refused("Sign in first."));
    }
    return answer(signIn.refresh(token));
  }

  @PostMapping("/logout")
  @Operation(
      summary = "End this sign-in: its refresh tokens stop working and the cookies are cleared")
  ResponseEntity<Void> logout(
      @RequestBody(required = false) RefreshRequest body,
      HttpServletRequest http,
      HttpServletResponse response) {
    String token =
        body != null && body.refreshToken() != null
            ? body.refreshToken()
            : AuthCookies.read(http, AuthCookies.REFRESH).orElse(null);
    signIn.signOut(token, bearerToken(http));
    newCsrfToken(http, response);
    return ResponseEntity.noContent().headers(clearCookies()).build();
  }

  /**
   * A new XSRF-TOKEN where a sign-in begins or ends, and nowhere else, so that parallel requests
   * keep theirs valid.
   */
  private void newCsrfToken(HttpServletRequest request, HttpServletResponse response) {
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
  }

  @GetMapping("/me")
  @Operation(
      summary =
          "The signed-in user, their firm, and whether they must change their password or set up MFA")
  Me me() {
    var principal = CurrentUser.get().orElseThrow();
    var user = userService.require(principal.userId());
    var tenant = tenants.find(principal.tenantId()).orElseThrow();
    return new Me(
        user.view(),
        new Firm(tenant.id(), tenant.name(), tenant.mfaRequired()),
        principal.method(),
        principal.mustChangePassword(),
        principal.mfaSetupRequired());
  }

  @PostMapping("/password")
  @Operation(summary = "Change your own password; every other sign-in of yours ends")
  ResponseEntity<?> changePassword(@Valid @RequestBody PasswordChange request) {
    var principal = CurrentUser.get().orElseThrow();
    userService.changeOwnPassword(
        principal.userId(), request.currentPassword(), request.newPassword());
    var user = userService.require(principal.userId());
    return answer(SignInResult.signedIn(signIn.newSession(user, newFamily(user))));
  }

  @PostMapping("/register")
  @Operation(
      summary =
          "Admin: create a local user with a role; without a password, a one-time one is returned once")
  ResponseEntity<UserService.Registered> register(@Valid @RequestBody RegisterRequest request) {
    var registered = userService.register(request);
    return ResponseEntity.created(URI.create("/api/users/" + registered.user().id()))
        .body(registered);
  }

  @PostMapping("/mfa/setup")
  @Operation(summary = "Start TOTP setup: the secret, its otpauth URI and a QR code to scan")
  MfaService.MfaSetup setupMfa() {
    return mfa.setup(currentUser());
  }

  @PostMapping("/mfa/verify")
  @Operation(
      summary = "Turn MFA on with a first code; returns 10 one-time recovery codes, shown only now")
  ResponseEntity<?> verifyMfa(@Valid @RequestBody MfaCode request) {
    var user = currentUser();
    List<String> codes = mfa.verify(user, request.code(), Instant.now());
    // The sign-in may have been limited to MFA setup; new tokens carry the lifted limit.
    var session = signIn.newSession(userService.require(user.id()), newFamily(user));
    var headers = sessionCookies(session);
    return ResponseEntity.ok()
        .headers(headers)
        .body(Map.of("recoveryCodes", codes, "session", SessionBody.of(session)));
  }

  @PostMapping("/mfa/disable")
  @Operation(
      summary =
          "Turn MFA off, after confirming your password; not allowed where the firm requires MFA")
  ResponseEntity<Void> disableMfa(@Valid @RequestBody PasswordConfirmation request) {
    var user = currentUser();
    boolean required = tenants.find(user.tenantId()).map(TenantInfo::mfaRequired).orElse(false);
    if (required) {
      throw new ConflictException(
          "Your firm requires two-step sign-in, so it cannot be turned off.");
    }
    if (!userService.passwordMatches(user, request.password())) {
      throw InvalidInputException.of("password", "is not right");
    }
    mfa.disable(user);
    return ResponseEntity.noContent().build();
  }

  private User currentUser() {
    return userService.require(CurrentUser.get().orElseThrow().userId());
  }

  /**
   * The request's Bearer token (the access cookie arrives as one too), read here: sign-out
   * authenticates no one.
   */
  private static String bearerToken(HttpServletRequest http) {
    String header = http.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim()
        : null;
  }

  private RefreshTokens.Issued newFamily(User user) {
    return CurrentTenant.callAs(user.tenantId(), () -> userService.newRefreshFamily(user.id()));
  }

  private ResponseEntity<?> answer(SignInResult result) {
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

  private HttpHeaders sessionCookies(SignInResult.Session session) {
    var headers = new HttpHeaders();
    Duration accessAge = Duration.between(Instant.now(), session.accessExpiresAt());
    headers.add(
        HttpHeaders.SET_COOKIE, cookies.access(session.accessToken(), accessAge).toString());
    headers.add(HttpHeaders.SET_COOKIE, cookies.refresh(session.refreshToken()).toString());
    return headers;
  }

  private HttpHeaders clearCookies() {
    var headers = new HttpHeaders();
    for (var cookie : cookies.cleared()) {
      headers.add(HttpHeaders.SET_COOKIE, cookie.toString());
    }
    return headers;
  }

  record RefreshRequest(@Size(max = 200) String refreshToken) {}

  record PasswordChange(
      @NotBlank(message = "is required") @Size(max = 128) String currentPassword,
      @NotBlank(message = "is required") @Size(max = 128) String newPassword) {}

  record PasswordConfirmation(
      @NotBlank(message = "is required") @Size(max = 128) String password) {}

  record MfaCode(@NotBlank(message = "is required") @Size(max = 12) String code) {}

  @NullMarked
  record Firm(java.util.UUID id, String name, boolean mfaRequired) {}

  @NullMarked
  record Me(
      UserView user,
      Firm firm,
      StewardPrincipal.SignInMethod signInMethod,
      boolean mustChangePassword,
      boolean mfaSetupRequired) {}

  /** Tokens in the body, for clients that cannot use cookies (the Office add-ins, scripts). */
  record SessionBody(
      String accessToken,
      Instant accessTokenExpiresAt,
      String refreshToken,
      String tokenType,
      StewardPrincipal user) {

    static SessionBody of(SignInResult.Session session) {
      return new SessionBody(
          session.accessToken(),
          session.accessExpiresAt(),
          session.refreshToken(),
          "Bearer",
          session.principal());
    }
  }
}
