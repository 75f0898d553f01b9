package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.identity.StewardPrincipal.SignInMethod;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The Entra token of a request is given out for Microsoft sign-ins only, and never shows in logs.
 */
class CurrentUserTest {

  private static final String TOKEN =
      "eyJ0eXAiOiJKV1QifQ.eyJ0aWQiOiJ0In0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aMicrosoftSignInHandsOutItsEntraTokenWithItsTenant() {
    Instant expires = Instant.now().plusSeconds(3600);
    signIn(SignInMethod.MICROSOFT, expires);

    var token = CurrentUser.entraAccessToken().orElseThrow();

    assertThat(token.value()).isEqualTo(TOKEN);
    assertThat(token.tenantId()).isEqualTo("0f6f3a6e-8b1c-4d2e-9a7b-6c5d4e3f2a1b");
    assertThat(token.expiresAt()).isEqualTo(expires);
    assertThat(token.toString()).doesNotContain(TOKEN).doesNotContain("c2lnbmF0dXJl");
  }

  @Test
  void aLocalSignInOrNoSignInHasNoEntraToken() {
    assertThat(CurrentUser.entraAccessToken()).isEmpty();
    signIn(SignInMethod.PASSWORD, Instant.now().plusSeconds(900));
    assertThat(CurrentUser.entraAccessToken()).isEmpty();
  }

  private static void signIn(SignInMethod method, Instant expires) {
    var principal =
        new StewardPrincipal(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "ada@contoso.example",
            "Ada",
            Role.USER,
            method,
            false,
            false);
    var jwt =
        Jwt.withTokenValue(TOKEN)
            .header("alg", "RS256")
            .claim("tid", "0f6f3a6e-8b1c-4d2e-9a7b-6c5d4e3f2a1b")
            .issuedAt(Instant.now().minusSeconds(60))
            .expiresAt(expires)
            .build();
    SecurityContextHolder.getContext().setAuthentication(new StewardAuthentication(principal, jwt));
  }
}
