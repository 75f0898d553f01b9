package dev.steward.identity.entra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claim rules a signed Entra token of one tenant must meet. Each rule fails with its {@link
 * TokenRefusal} and a description that names the rule and the values involved; that description
 * becomes the message of the decoder's exception, which only the log sees.
 */
final class EntraTokenRules {

  private EntraTokenRules() {}

  static OAuth2TokenValidator<Jwt> forTenant(
      EntraSettings settings, String expectedIssuer, Clock clock) {
    OAuth2TokenValidator<Jwt> lifetime =
        jwt -> lifetimeProblem(jwt, settings.clockSkew(), clock.instant());
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            lifetime,
            rule(
                TokenRefusal.WRONG_ISSUER,
                jwt ->
                    expectedIssuer.equals(jwt.getClaimAsString("iss"))
                        ? null
                        : "issuer does not match tid: iss is "
                            + jwt.getClaimAsString("iss")
                            + ", expected "
                            + expectedIssuer),
            rule(
                TokenRefusal.WRONG_AUDIENCE,
                jwt ->
                    jwt.getAudience() != null
                            && jwt.getAudience().stream().anyMatch(settings.audience()::contains)
                        ? null
                        : "wrong audience: the token is for "
                            + jwt.getAudience()
                            + ", Steward accepts "
                            + settings.audience()),
            rule(
                TokenRefusal.MISSING_SCOPE,
                jwt ->
                    scopes(jwt).contains(settings.requiredScope())
                        ? null
                        : "missing scope "
                            + settings.requiredScope()
                            + ": the token's scp is "
                            + scopes(jwt)),
            rule(
                TokenRefusal.MALFORMED,
                jwt ->
                    EntraSettings.isGuid(jwt.getClaimAsString("oid"))
                        ? null
                        : "the token has no oid claim (the user's object id)")));
  }

  /** The delegated scopes in the space-separated {@code scp} claim. */
  static List<String> scopes(Jwt jwt) {
    String scp = jwt.getClaimAsString("scp");
    return scp == null || scp.isBlank() ? List.of() : Arrays.asList(scp.strip().split("\\s+"));
  }

  // Spring's JwtTimestampValidator decides the same way, but its "Jwt used before" does not say
  // plainly that the token
  // is not yet valid, and the log must carry a reason an operator can act on.
  private static OAuth2TokenValidatorResult lifetimeProblem(Jwt jwt, Duration skew, Instant now) {
    Instant expiresAt = jwt.getExpiresAt();
    if (expiresAt == null) {
      return failure(
          TokenRefusal.MALFORMED, "the token has no exp claim, so it would never expire");
    }
    if (now.minus(skew).isAfter(expiresAt)) {
      return failure(
          TokenRefusal.EXPIRED,
          "expired: the token expired at "
              + expiresAt
              + " (clock skew allowed: "
              + skew.toSeconds()
              + " s)");
    }
    Instant notBefore = jwt.getNotBefore();
    if (notBefore != null && now.plus(skew).isBefore(notBefore)) {
      return failure(
          TokenRefusal.NOT_YET_VALID,
          "not yet valid: the token is valid from "
              + notBefore
              + " (clock skew allowed: "
              + skew.toSeconds()
              + " s)");
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidator<Jwt> rule(
      TokenRefusal reason, Function<Jwt, String> problem) {
    return jwt -> {
      String description = problem.apply(jwt);
      return description == null
          ? OAuth2TokenValidatorResult.success()
          : failure(reason, description);
    };
  }

  private static OAuth2TokenValidatorResult failure(TokenRefusal reason, String description) {
    return OAuth2TokenValidatorResult.failure(reason.error(description));
  }
}
