package dev.steward.identity;

import dev.steward.identity.entra.EntraJwtDecoder;
import dev.steward.identity.entra.EntraSettings;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Which tokens authenticate a request: Steward's own, and Microsoft Entra's when Entra is on, each
 * checked by the decoder of its issuer and turned into the request's user.
 */
final class TokenAuthentication {

  private TokenAuthentication() {}

  static AuthenticationManagerByIssuer issuerManagers(
      LocalTokens localTokens, EntraSettings entra, PrincipalResolver principals) {
    AuthenticationManager local = manager(localTokens.decoder(), principals::local);
    AuthenticationManager microsoft =
        entra.enabled() ? manager(new EntraJwtDecoder(entra), principals::microsoft) : null;
    Pattern entraIssuer =
        Pattern.compile(
            Pattern.quote(trimSlash(entra.authorityHost())) + "/[0-9a-fA-F-]{36}/v2\\.0");
    return issuer -> {
      if (localTokens.issuer().equals(issuer)) {
        return local;
      }
      if (microsoft != null && issuer != null && entraIssuer.matcher(issuer).matches()) {
        return microsoft;
      }
      return null;
    };
  }

  interface AuthenticationManagerByIssuer
      extends org.springframework.security.authentication.AuthenticationManagerResolver<String> {}

  private static AuthenticationManager manager(
      JwtDecoder decoder,
      java.util.function.Function<org.springframework.security.oauth2.jwt.Jwt, StewardPrincipal>
          toPrincipal) {
    var provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(
        jwt -> new StewardAuthentication(toPrincipal.apply(jwt), jwt));
    return new ProviderManager(provider);
  }

  /**
   * Sign-out reads its token itself and authenticates no one, so that ending a sign-in that has
   * already ended (or whose access token expired) still answers 204 and clears the browser's
   * cookies.
   */
  static BearerTokenResolver notForSignOut() {
    var bearer = new DefaultBearerTokenResolver();
    return request ->
        "/api/auth/logout"
                .equals(request.getRequestURI().substring(request.getContextPath().length()))
            ? null
            : bearer.resolve(request);
  }

  private static String trimSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
