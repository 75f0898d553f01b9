package dev.steward.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service, started as users start it, reaches its data on an embedded database that requires
 * passwords.
 */
class EmbeddedDatabaseIntegrationTest extends IntegrationTest {

  @Autowired EmbeddedDatabase database;
  @Autowired DataSource dataSource;

  @Value("${spring.datasource.url}")
  String url;

  @Value("${spring.datasource.username}")
  String appRole;

  @Test
  void theServiceWorksAsItsRoleWithItsPasswordWhileOthersAreRefused() throws Exception {
    var id =
        api.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"Locked Door Ltd"}""");
    api.get("/api/contacts/{id}", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyName").value("Locked Door Ltd"));
    assertThat(
            JdbcClient.create(dataSource).sql("select current_user").query(String.class).single())
        .isEqualTo("steward_app");

    for (String role : new String[] {appRole, "postgres"}) {
      assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + role).close())
          .as("%s without a password", role)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("The server requested SCRAM-based authentication");
      assertThatThrownBy(() -> DriverManager.getConnection(url, role, "guessed").close())
          .as("%s with a wrong password", role)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    }

    var passwordFile = database.passwordFile();
    assertThat(passwordFile.getParent()).isEqualTo(database.dataDir());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
  }
}
