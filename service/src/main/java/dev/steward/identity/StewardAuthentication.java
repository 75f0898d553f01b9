package dev.steward.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the token it came with, and the Steward user it resolved to. */
class StewardAuthentication extends AbstractAuthenticationToken {

  private final StewardPrincipal principal;
  private final Jwt token;

  StewardAuthentication(StewardPrincipal principal, Jwt token) {
    super(
        principal.restricted()
            ? List.of()
            : List.of(new SimpleGrantedAuthority(principal.role().authority())));
    this.principal = principal;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.userId().toString();
  }
}
