package dev.steward.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.IntegrationTest;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Even the owner of the table, who is not bound by grants, cannot rewrite history: a trigger
 * refuses it.
 */
class AuditLogTriggerIntegrationTest extends IntegrationTest {

  @Value("${spring.flyway.url}")
  String ownerUrl;

  @Value("${spring.flyway.user}")
  String owner;

  @Value("${spring.flyway.password}")
  String ownerPassword;

  @Test
  void refusesUpdateAndDeleteEvenForTheOwner() throws Exception {
    try (var connection = DriverManager.getConnection(ownerUrl, owner, ownerPassword);
        var statement = connection.createStatement()) {
      statement.execute(
          "insert into audit_log (id, tenant_id, action) values (gen_random_uuid(), '"
              + firm
              + "', 'test.entry')");
      assertThatThrownBy(() -> statement.execute("update audit_log set action = 'forged'"))
          .hasMessageContaining("audit_log is append-only");
      assertThatThrownBy(() -> statement.execute("delete from audit_log"))
          .hasMessageContaining("audit_log is append-only");
      assertThatThrownBy(() -> statement.execute("truncate audit_log"))
          .hasMessageContaining("audit_log is append-only");
    }
  }
}
