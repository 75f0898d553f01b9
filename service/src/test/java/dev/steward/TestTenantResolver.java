package dev.steward;

import dev.steward.tenancy.RequestTenantResolver;
import dev.steward.tenancy.Tenants;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests choose their firm with a header, so that each test works in a firm of its own. */
@TestConfiguration(proxyBeanMethods = false)
class TestTenantResolver {

  static final String HEADER = "X-Test-Tenant";

  @Bean
  @Primary
  RequestTenantResolver testTenantResolver(Tenants tenants) {
    return request -> {
      String tenant = request.getHeader(HEADER);
      return tenant == null ? tenants.defaultTenantId() : UUID.fromString(tenant);
    };
  }
}
