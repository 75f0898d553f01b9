package dev.steward.identity;

import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which firm a local sign-in is for: the {@code firm} the client names (its subdomain), else the
 * subdomain of the host the request came to, else the installation's first firm.
 */
@Component
class SignInFirm {

  private final Tenants tenants;

  SignInFirm(Tenants tenants) {
    this.tenants = tenants;
  }

  UUID resolve(String firm, String host) {
    var all = tenants.all().stream().filter(TenantInfo::active).toList();
    if (firm != null && !firm.isBlank()) {
      String wanted = firm.trim().toLowerCase(Locale.ROOT);
      return all.stream()
          .filter(t -> wanted.equals(t.subdomain()))
          .map(TenantInfo::id)
          .findFirst()
          .orElseThrow(() -> InvalidInputException.of("firm", "no active firm has this name"));
    }
    if (host != null && host.contains(".")) {
      String subdomain = host.substring(0, host.indexOf('.')).toLowerCase(Locale.ROOT);
      var byHost =
          all.stream().filter(t -> subdomain.equals(t.subdomain())).map(TenantInfo::id).findFirst();
      if (byHost.isPresent()) {
        return byHost.get();
      }
    }
    if (all.isEmpty()) {
      throw InvalidInputException.of("firm", "this installation has no active firm");
    }
    // Without a firm named, the installation's first firm: the only one of a single-firm
    // installation.
    UUID first = tenants.defaultTenantId();
    return all.stream()
        .map(TenantInfo::id)
        .filter(first::equals)
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("firm", "say which firm you sign in to"));
  }
}
