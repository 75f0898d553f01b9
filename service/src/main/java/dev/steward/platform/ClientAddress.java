package dev.steward.platform;

import dev.steward.platform.web.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request. X-Forwarded-For is believed only when the request
 * comes from a proxy the operator trusts ({@code STEWARD_TRUSTED_PROXIES}, addresses or CIDR
 * ranges); otherwise anyone could claim any address and dodge lockouts or forge the audit log.
 */
@Component
public class ClientAddress {

  private final List<IpAddressMatcher> trustedProxies;

  ClientAddress(WebSettings settings) {
    this.trustedProxies = settings.trustedProxies().stream().map(IpAddressMatcher::new).toList();
  }

  public String of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trusted(address)) {
      return address;
    }
    // Walk from the nearest hop outwards; the first address that is not one of our proxies is the
    // client.
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (hop.isEmpty()) {
        continue;
      }
      if (!trusted(hop)) {
        return hop;
      }
      address = hop;
    }
    return address;
  }

  private boolean trusted(String address) {
    for (var proxy : trustedProxies) {
      try {
        if (proxy.matches(address)) {
          return true;
        }
      } catch (IllegalArgumentException notAnAddress) {
        return false;
      }
    }
    return false;
  }
}
