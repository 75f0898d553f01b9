package dev.steward.identity;

import dev.steward.tenancy.RequestTenantResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A request works for the firm of its signed-in user, and for none when nobody is signed in. */
@Component
class PrincipalTenantResolver implements RequestTenantResolver {

  @Override
  public UUID resolve(HttpServletRequest request) {
    return CurrentUser.get().map(StewardPrincipal::tenantId).orElse(null);
  }
}
