package dev.steward.identity.entra;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Why a bearer token was refused, in a small fixed set that the refusal log counts by. The reason
 * is for operators only: the caller is told just {@code invalid_token}.
 *
 * <p>{@link EntraJwtDecoder} names the reason of each refusal on the errors of its {@link
 * JwtValidationException} ({@link #error}). Tokens checked by Spring's standard validators and
 * Nimbus alone (Steward's own tokens) are recognised by {@link #of} from their exception types and
 * Spring's fixed error descriptions.
 */
public enum TokenRefusal {
  EXPIRED("expired"),
  NOT_YET_VALID("not yet valid"),
  WRONG_AUDIENCE("wrong audience"),
  WRONG_ISSUER("wrong issuer"),
  BAD_SIGNATURE("bad signature"),
  UNKNOWN_KEY("unknown key"),
  TENANT_NOT_ALLOWED("tenant not allowed"),
  MISSING_SCOPE("missing scope"),
  MALFORMED("malformed"),
  ACCOUNT_INACTIVE("account inactive"),
  SIGN_IN_ENDED("sign-in ended"),
  OTHER("other");

  private final String label;

  TokenRefusal(String label) {
    this.label = label;
  }

  /** The few words a log line uses for this reason, such as "wrong audience". */
  public String label() {
    return label;
  }

  /**
   * An {@code invalid_token} error for a validator's result, with this reason and a description for
   * the log.
   */
  OAuth2Error error(String description) {
    return new ReasonedError(this, description);
  }

  /** A refusal with this reason, for the decoder's own checks (before or around Nimbus). */
  JwtValidationException exception(String description, Throwable cause) {
    var refused = new JwtValidationException(description, List.of(error(description)));
    if (cause != null) {
      refused.initCause(cause);
    }
    return refused;
  }

  /**
   * The reason a token was refused, read from the exception that refused it or any of its causes;
   * {@link #OTHER} when nothing says.
   */
  public static TokenRefusal of(Throwable failure) {
    Throwable cause = failure;
    // A few levels are enough (Spring wraps the decoder's exception, which wraps Nimbus's), and a
    // cycle ends here.
    for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
      Optional<TokenRefusal> reason = ofOne(cause);
      if (reason.isPresent()) {
        return reason.get();
      }
    }
    return OTHER;
  }

  private static Optional<TokenRefusal> ofOne(Throwable failure) {
    if (failure instanceof JwtValidationException invalid) {
      for (OAuth2Error error : invalid.getErrors()) {
        Optional<TokenRefusal> reason = ofError(error);
        if (reason.isPresent()) {
          return reason;
        }
      }
      return Optional.empty();
    }
    if (failure instanceof BadJWSException) {
      return Optional.of(BAD_SIGNATURE);
    }
    // Nimbus says "Another algorithm expected, or no matching key(s) found" when no key of the set
    // fits the header.
    if (failure instanceof BadJOSEException
        && String.valueOf(failure.getMessage()).contains("no matching key")) {
      return Optional.of(UNKNOWN_KEY);
    }
    if (failure instanceof ParseException) {
      return Optional.of(MALFORMED);
    }
    // The words of Spring's issuer resolver and bearer token reader, which carry no other sign of
    // their reason.
    String message = String.valueOf(failure.getMessage());
    if (message.equals("Invalid issuer")) {
      return Optional.of(WRONG_ISSUER);
    }
    if (message.equals("Missing issuer") || message.equals("Bearer token is malformed")) {
      return Optional.of(MALFORMED);
    }
    return Optional.empty();
  }

  private static Optional<TokenRefusal> ofError(OAuth2Error error) {
    if (error instanceof ReasonedError reasoned) {
      return Optional.of(reasoned.reason);
    }
    // Spring's JwtTimestampValidator, JwtIssuerValidator and JwtAudienceValidator.
    String description = String.valueOf(error.getDescription());
    if (description.startsWith("Jwt expired at")) {
      return Optional.of(EXPIRED);
    }
    if (description.startsWith("Jwt used before")) {
      return Optional.of(NOT_YET_VALID);
    }
    if (description.contains("iss claim")) {
      return Optional.of(WRONG_ISSUER);
    }
    if (description.contains("aud claim")) {
      return Optional.of(WRONG_AUDIENCE);
    }
    return Optional.empty();
  }

  private static final class ReasonedError extends OAuth2Error {

    private final TokenRefusal reason;

    ReasonedError(TokenRefusal reason, String description) {
      super(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
      this.reason = reason;
    }
  }
}
