package dev.steward.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A single-firm installation: every request works for its one firm. */
@Component
class SingleFirmTenantResolver implements RequestTenantResolver {

  private final Tenants tenants;

  SingleFirmTenantResolver(Tenants tenants) {
    this.tenants = tenants;
  }

  @Override
  public UUID resolve(HttpServletRequest request) {
    return tenants.defaultTenantId();
  }
}
