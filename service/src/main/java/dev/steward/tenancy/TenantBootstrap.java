package dev.steward.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** A new installation starts with one firm, before the web server takes requests. */
@Component
class TenantBootstrap implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TenantBootstrap.class);

  private final Tenants tenants;
  private final TenantRepository repository;
  private final String firmName;

  TenantBootstrap(Tenants tenants, TenantRepository repository, TenancySettings settings) {
    this.tenants = tenants;
    this.repository = repository;
    this.firmName = settings.firmName();
  }

  @Override
  public void afterPropertiesSet() {
    if (repository.count() == 0) {
      var tenant = tenants.create(firmName, null);
      log.info("Created the firm '{}' ({})", tenant.name(), tenant.id());
    }
  }
}
