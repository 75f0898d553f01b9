package dev.steward.demo;

import dev.steward.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo} (or {@code STEWARD_DEMO=true}), fills the installation's first firm while it
 * has no contacts.
 */
@Component
@ConditionalOnBooleanProperty("steward.demo")
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final Tenants tenants;
  private final DemoFirm demoFirm;

  DemoDataLoader(Tenants tenants, DemoFirm demoFirm) {
    this.tenants = tenants;
    this.demoFirm = demoFirm;
  }

  @Override
  public void run(ApplicationArguments args) {
    var loaded = demoFirm.loadInto(tenants.defaultTenantId());
    if (loaded == null) {
      log.info("Demo data skipped: the firm already has contacts");
    } else {
      log.info(
          "Demo firm loaded: {} contacts, {} relationships, {} campaigns",
          loaded.contacts(),
          loaded.relationships(),
          loaded.campaigns());
    }
  }
}
