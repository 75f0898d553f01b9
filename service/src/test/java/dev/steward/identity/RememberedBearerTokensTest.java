package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.identity.entra.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class RememberedBearerTokensTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T12:00:00Z"));
  private final StewardPrincipal ada =
      new StewardPrincipal(
          UUID.randomUUID(),
          UUID.randomUUID(),
          "ada@example.com",
          "Ada Lovelace",
          Role.USER,
          SignInMethod.PASSWORD,
          false,
          false);
  private final AtomicInteger verified = new AtomicInteger();
  private final AtomicInteger resolved = new AtomicInteger();
  private RuntimeException refusal;
  private RuntimeException principalRefusal;

  private final RememberedBearerTokens tokens =
      new RememberedBearerTokens(
          request -> verifyingManager(),
          jwt -> {
            resolved.incrementAndGet();
            if (principalRefusal != null) {
              throw principalRefusal;
            }
            return ada;
          },
          clock);

  @Test
  void aTokenVerifiedOnceIsNotVerifiedAgainButItsUserIsResolvedEachTime() {
    Jwt first = (Jwt) authenticate("token-a").getCredentials();
    Authentication second = authenticate("token-a");
    Authentication third = authenticate("token-a");

    assertThat(verified).as("the full check ran once").hasValue(1);
    assertThat(resolved).as("the user was resolved for the remembered requests").hasValue(2);
    assertThat(third.getCredentials()).isSameAs(first);
    assertThat(second.getPrincipal()).isEqualTo(ada);
    assertThat(second.isAuthenticated()).isTrue();
    assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
  }

  @Test
  void anotherTokenTakesTheFullCheck() {
    authenticate("token-a");
    authenticate("token-b");
    assertThat(verified).hasValue(2);
  }

  @Test
  void aRememberedTokenPastItsExpiryIsCheckedInFullAgain() {
    authenticate("expires-soon");
    clock.advance(Duration.ofSeconds(31));
    refusal = new InvalidBearerTokenException("Jwt expired");

    assertThatThrownBy(() -> authenticate("expires-soon")).isSameAs(refusal);
    assertThat(verified).hasValue(2);
  }

  @Test
  void aRefusedTokenIsNotRemembered() {
    refusal = new InvalidBearerTokenException("bad signature");
    assertThatThrownBy(() -> authenticate("forged")).isSameAs(refusal);
    assertThatThrownBy(() -> authenticate("forged")).isSameAs(refusal);
    assertThat(verified).hasValue(2);
  }

  @Test
  void aRememberedTokenWhoseUserWasDeactivatedIsRefused() {
    authenticate("token-a");
    principalRefusal = new DisabledException("This account is no longer active.");
    assertThatThrownBy(() -> authenticate("token-a")).isSameAs(principalRefusal);
  }

  private Authentication authenticate(String token) {
    return tokens
        .resolve(new MockHttpServletRequest())
        .authenticate(new BearerTokenAuthenticationToken(token));
  }

  /** Stands in for the issuer's decoder and provider: counts full checks, refuses when told to. */
  private AuthenticationManager verifyingManager() {
    return authentication -> {
      verified.incrementAndGet();
      if (refusal != null) {
        throw refusal;
      }
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      Instant now = clock.instant();
      Instant expires =
          token.equals("expires-soon") ? now.plusSeconds(30) : now.plus(Duration.ofMinutes(15));
      Jwt jwt =
          Jwt.withTokenValue(token)
              .header("alg", "HS256")
              .claim("iss", "https://steward.local")
              .subject(ada.userId().toString())
              .issuedAt(now)
              .expiresAt(expires)
              .build();
      return new StewardAuthentication(ada, jwt);
    };
  }
}
