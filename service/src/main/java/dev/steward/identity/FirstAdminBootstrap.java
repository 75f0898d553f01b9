package dev.steward.identity;

import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first firm's first admin, at first start: from {@code STEWARD_ADMIN_EMAIL} / {@code STEWARD_ADMIN_PASSWORD},
 * or with a one-time password printed once, which must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
  static final String DEFAULT_EMAIL = "admin@steward.local";

  private final UserService users;
  private final Tenants tenants;
  private final IdentitySettings settings;
  private final String publicUrl;

  FirstAdminBootstrap(UserService users, Tenants tenants, IdentitySettings settings,
      @Value("${steward.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
    this.users = users;
    this.tenants = tenants;
    this.settings = settings;
    this.publicUrl = publicUrl;
  }

  @Override
  public void run(ApplicationArguments args) {
    String email = settings.adminEmail().isBlank() ? DEFAULT_EMAIL : settings.adminEmail().trim();
    boolean oneTime = settings.adminPassword().isBlank();
    String password = oneTime ? UserService.oneTimePassword() : settings.adminPassword();
    var created = CurrentTenant.callAs(tenants.defaultTenantId(),
        () -> users.createFirstAdmin(email, password, oneTime));
    if (created == null) {
      return;
    }
    if (oneTime) {
      // Printed once, on purpose: it is the only way in, and it stops working at first sign-in.
      System.out.printf("%n  Steward is ready at %s%n  Sign in as %s with the one-time password %s%n"
          + "  (you will choose your own password at first sign-in).%n%n", publicUrl, email, password);
    } else {
      log.info("Created the first admin {} from STEWARD_ADMIN_EMAIL", email);
    }
  }
}
