package dev.steward;

import dev.steward.tenancy.Tenants;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Integration tests against the real service on an embedded PostgreSQL that lives as long as the test JVM. Every
 * test starts in a firm of its own ({@link #firm}), so tests never see each other's data.
 */
@SpringBootTest(properties = {
    "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
    "steward.db.embedded-ephemeral=true"
})
@AutoConfigureMockMvc
@Import(TestTenantResolver.class)
public abstract class IntegrationTest {

  private static final AtomicInteger FIRMS = new AtomicInteger();

  @Autowired protected MockMvc mvc;
  @Autowired protected Tenants tenants;

  protected UUID firm;
  protected Api api;

  @BeforeEach
  void startInOwnFirm() {
    firm = newFirm();
    api = new Api(mvc, firm);
  }

  protected UUID newFirm() {
    return tenants.create("Test firm " + FIRMS.incrementAndGet(), null).id();
  }
}
