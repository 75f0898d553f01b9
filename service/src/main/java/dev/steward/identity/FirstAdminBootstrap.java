package dev.steward.identity;

import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first firm's first admin, at first start: from {@code STEWARD_ADMIN_EMAIL} / {@code
 * STEWARD_ADMIN_PASSWORD}, or with a one-time password printed on the console, which signs in once,
 * to choose a password. While no admin of the firm has a password of their own, each start prints a
 * new one-time password, so that a lost or spent one never locks the firm out. Every start says
 * where Steward is ready.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
  static final String DEFAULT_EMAIL = "admin@steward.local";

  private final UserService users;
  private final UserPasswords passwords;
  private final Tenants tenants;
  private final IdentitySettings settings;
  private final Environment environment;

  FirstAdminBootstrap(
      UserService users,
      UserPasswords passwords,
      Tenants tenants,
      IdentitySettings settings,
      Environment environment) {
    this.users = users;
    this.passwords = passwords;
    this.tenants = tenants;
    this.settings = settings;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    String email = settings.adminEmail().isBlank() ? DEFAULT_EMAIL : settings.adminEmail().trim();
    boolean oneTime = settings.adminPassword().isBlank();
    String password = oneTime ? UserPasswords.oneTimePassword() : settings.adminPassword();
    var created =
        CurrentTenant.callAs(
            tenants.defaultTenantId(), () -> users.createFirstAdmin(email, password, oneTime));
    String url = servedUrl();
    if (created != null && oneTime) {
      printOneTimePassword(url, email, password);
    } else if (created != null) {
      log.info("Created the first admin {} from STEWARD_ADMIN_EMAIL", email);
      System.out.printf(
          "%n  Steward is ready at %s%n  Sign in as %s with the password set in STEWARD_ADMIN_PASSWORD."
              + "%n%n",
          url, email);
    } else if (oneTime
        && CurrentTenant.callAs(
            tenants.defaultTenantId(),
            () -> passwords.renewFirstAdminOneTimePassword(email, password))) {
      printOneTimePassword(url, email, password);
    } else {
      System.out.printf("%n  Steward is ready at %s%n%n", url);
    }
  }

  private static void printOneTimePassword(String url, String email, String password) {
    // On the console only, on purpose: it is the only way in, and it works for one sign-in.
    System.out.printf(
        "%n  Steward is ready at %s%n  Sign in as %s with the one-time password %s%n"
            + "  (it works once: you will choose your own password at that sign-in).%n%n",
        url, email, password);
  }

  /**
   * The address this process really serves: its scheme, the port it listens on, and its bind
   * address.
   */
  String servedUrl() {
    boolean tls =
        environment.containsProperty("server.ssl.bundle")
            || environment.getProperty("server.ssl.enabled", Boolean.class, false);
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    return (tls ? "https" : "http")
        + "://"
        + host(environment.getProperty("server.address"))
        + ":"
        + port;
  }

  private static String host(String bindAddress) {
    if (bindAddress == null || bindAddress.isBlank()) {
      return "localhost";
    }
    try {
      InetAddress address = InetAddress.getByName(bindAddress);
      if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
        return "localhost";
      }
      return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    } catch (UnknownHostException e) {
      return bindAddress;
    }
  }
}
