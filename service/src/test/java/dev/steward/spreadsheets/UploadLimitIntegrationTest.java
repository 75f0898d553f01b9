package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.identity.Users;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The upload limit as Tomcat enforces it, over a real port: MockMvc never parses a multipart body, so only a request
 * through the servlet container shows what a browser gets for a file over STEWARD_UPLOAD_MAX_FILE_SIZE.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
    "steward.db.embedded-ephemeral=true",
    "steward.upload.max-file-size=3MB"
})
class UploadLimitIntegrationTest {

  private static final String BOUNDARY = "steward-test-boundary";

  @Value("${local.server.port}") int port;
  @Autowired Tenants tenants;
  @Autowired Users users;

  private final HttpClient client = HttpClient.newHttpClient();
  private String accessToken;

  @BeforeEach
  void signInAsAdminOfANewFirm() throws Exception {
    String subdomain = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    UUID firm = tenants.create("Upload limit firm", subdomain).id();
    String email = "admin-" + UUID.randomUUID() + "@example.com";
    CurrentTenant.runAs(firm, () -> users.createLocal(email, "Admin", Role.ADMIN, IntegrationTest.PASSWORD));
    var response = client.send(HttpRequest.newBuilder(url("/api/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"email":"%s","password":"%s","firm":"%s"}""".formatted(email, IntegrationTest.PASSWORD, subdomain)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    accessToken = JsonPath.read(response.body(), "$.accessToken");
  }

  @Test
  void aFileOverTheLimitIsA413ProblemAndCreatesNoJob() throws Exception {
    var response = upload("big.csv", csvOfAbout(4 * 1024 * 1024 + 900 * 1024));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("too-large");
    assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("File too large");
    assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("3 MB");
    assertThat((Integer) JsonPath.read(imports(), "$.length()")).isZero();
  }

  @Test
  void aFileUnderTheLimitIsImported() throws Exception {
    var response = upload("google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat((Integer) JsonPath.read(imports(), "$.length()")).isEqualTo(1);
  }

  private HttpResponse<String> upload(String name, byte[] content) throws Exception {
    var body = new ByteArrayOutputStream();
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(url("/api/imports"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private String imports() throws Exception {
    var response = client.send(HttpRequest.newBuilder(url("/api/imports"))
        .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static byte[] csvOfAbout(int bytes) {
    var csv = new StringBuilder("First Name,Last Name,E-mail Address\r\n");
    for (int i = 0; csv.length() < bytes; i++) {
      csv.append("Person,Number").append(i).append(",person").append(i).append("@example.com\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
