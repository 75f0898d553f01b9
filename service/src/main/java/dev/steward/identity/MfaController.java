package dev.steward.identity;

import dev.steward.platform.ConflictException;
import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own two-step sign-in (TOTP): setting it up, and turning it off. */
@RestController
@RequestMapping("/api/auth/mfa")
@Tag(name = "Sign-in")
class MfaController {

  private final MfaService mfa;
  private final UserService userService;
  private final UserPasswords passwords;
  private final SignInSessions sessions;
  private final SignInAnswers answers;
  private final Tenants tenants;

  MfaController(
      MfaService mfa,
      UserService userService,
      UserPasswords passwords,
      SignInSessions sessions,
      SignInAnswers answers,
      Tenants tenants) {
    this.mfa = mfa;
    this.userService = userService;
    this.passwords = passwords;
    this.sessions = sessions;
    this.answers = answers;
    this.tenants = tenants;
  }

  @PostMapping("/setup")
  @Operation(summary = "Start TOTP setup: the secret, its otpauth URI and a QR code to scan")
  MfaService.MfaSetup setupMfa() {
    return mfa.setup(currentUser());
  }

  @PostMapping("/verify")
  @Operation(
      summary = "Turn MFA on with a first code; returns 10 one-time recovery codes, shown only now")
  ResponseEntity<?> verifyMfa(@Valid @RequestBody MfaCode request) {
    var user = currentUser();
    List<String> codes = mfa.verify(user, request.code(), Instant.now());
    // The sign-in may have been limited to MFA setup; new tokens carry the lifted limit.
    var session = sessions.newFamily(userService.require(user.id()));
    var headers = answers.sessionCookies(session);
    return ResponseEntity.ok()
        .headers(headers)
        .body(Map.of("recoveryCodes", codes, "session", SessionBody.of(session)));
  }

  @PostMapping("/disable")
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
    if (!passwords.passwordMatches(user, request.password())) {
      throw InvalidInputException.of("password", "is not right");
    }
    mfa.disable(user);
    return ResponseEntity.noContent().build();
  }

  private User currentUser() {
    return userService.require(CurrentUser.get().orElseThrow().userId());
  }

  record PasswordConfirmation(
      @NotBlank(message = "is required") @Size(max = 128) String password) {}

  record MfaCode(@NotBlank(message = "is required") @Size(max = 12) String code) {}
}
