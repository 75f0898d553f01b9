package dev.steward.identity;

import dev.steward.platform.ClientAddress;
import dev.steward.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.NullMarked;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local sign-in. The browser gets its tokens as httpOnly cookies; API clients and the add-ins read
 * them from the body and send {@code Authorization: Bearer}. Two-step sign-in is set up at {@link
 * MfaController}.
 */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sign-in")
class AuthController {

  private final SignInService signIn;
  private final SignInSessions sessions;
  private final SignInAnswers answers;
  private final UserService userService;
  private final UserPasswords passwords;
  private final Tenants tenants;
  private final ClientAddress clientAddress;
  private final CsrfTokenRepository csrfTokens;

  AuthController(
      SignInService signIn,
      SignInSessions sessions,
      SignInAnswers answers,
      UserService userService,
      UserPasswords passwords,
      Tenants tenants,
      ClientAddress clientAddress,
      CsrfTokenRepository csrfTokens) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.answers = answers;
    this.userService = userService;
    this.passwords = passwords;
    this.tenants = tenants;
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
    return answers.answer(result);
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
      return answers.answer(SignInResult.refused("Sign in first."));
    }
    return answers.answer(sessions.refresh(token));
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
    sessions.signOut(token, bearerToken(http));
    newCsrfToken(http, response);
    return ResponseEntity.noContent().headers(answers.clearCookies()).build();
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
    passwords.changeOwnPassword(
        principal.userId(), request.currentPassword(), request.newPassword());
    var user = userService.require(principal.userId());
    return answers.answer(SignInResult.signedIn(sessions.newFamily(user)));
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

  record RefreshRequest(@Size(max = 200) String refreshToken) {}

  record PasswordChange(
      @NotBlank(message = "is required") @Size(max = 128) String currentPassword,
      @NotBlank(message = "is required") @Size(max = 128) String newPassword) {}

  @NullMarked
  record Firm(java.util.UUID id, String name, boolean mfaRequired) {}

  @NullMarked
  record Me(
      UserView user,
      Firm firm,
      StewardPrincipal.SignInMethod signInMethod,
      boolean mustChangePassword,
      boolean mfaSetupRequired) {}
}
