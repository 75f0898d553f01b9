package dev.steward;

import dev.steward.identity.Role;
import dev.steward.identity.Users;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Integration tests against the real service on an embedded PostgreSQL that lives as long as the
 * test JVM. Every test starts in a firm of its own ({@link #firm}), signed in as its admin ({@link
 * #api}), so tests never see each other's data.
 */
@SpringBootTest(
    properties = {
      "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
      "steward.db.embedded-ephemeral=true"
    })
@AutoConfigureMockMvc
public abstract class IntegrationTest {

  /** A password the rules accept, for test users. */
  public static final String PASSWORD = "Quiet-Harbour-Lantern-42";

  private static final AtomicInteger FIRMS = new AtomicInteger();
  private static final Map<UUID, String> SUBDOMAINS = new ConcurrentHashMap<>();

  @Autowired protected MockMvc mvc;
  @Autowired protected Tenants tenants;
  @Autowired protected Users users;

  protected UUID firm;
  protected Api api;

  @BeforeEach
  void startInOwnFirm() throws Exception {
    firm = newFirm();
    api = signIn(firm, Role.ADMIN);
  }

  protected UUID newFirm() {
    String subdomain = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    UUID id = tenants.create("Test firm " + FIRMS.incrementAndGet(), subdomain).id();
    SUBDOMAINS.put(id, subdomain);
    return id;
  }

  /** A new user of {@code firm} with {@code role}, signed in. */
  protected Api signIn(UUID firm, Role role) throws Exception {
    String email = role.value() + "-" + UUID.randomUUID() + "@example.com";
    CurrentTenant.runAs(
        firm, () -> users.createLocal(email, "Test " + role.value(), role, PASSWORD));
    return Api.signIn(mvc, SUBDOMAINS.get(firm), email, PASSWORD);
  }
}
