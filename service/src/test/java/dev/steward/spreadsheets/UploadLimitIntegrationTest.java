package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.identity.Users;
import dev.steward.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The upload limit as Tomcat enforces it, over a real port: MockMvc never parses a multipart body,
 * so only a request through the servlet container shows what a browser gets for a file over
 * STEWARD_UPLOAD_MAX_FILE_SIZE.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
      "steward.db.embedded-ephemeral=true",
      "steward.upload.max-file-size=3MB"
    })
class UploadLimitIntegrationTest {

  @Value("${local.server.port}")
  int port;

  @Autowired Tenants tenants;
  @Autowired Users users;

  private HttpImports http;

  @BeforeEach
  void signInAsAdminOfANewFirm() throws Exception {
    http = HttpImports.signIn(port, tenants, users);
  }

  @Test
  void aFileOverTheLimitIsA413ProblemAndCreatesNoJob() throws Exception {
    var response = http.upload("big.csv", csvOfAbout(4 * 1024 * 1024 + 900 * 1024));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("too-large");
    assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("File too large");
    assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("3 MB");
    assertThat((Integer) JsonPath.read(http.imports(), "$.length()")).isZero();
  }

  @Test
  void aFileUnderTheLimitIsImported() throws Exception {
    var response = http.upload("google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat((Integer) JsonPath.read(http.imports(), "$.length()")).isEqualTo(1);
  }

  @Test
  void rowsPostedAsJsonOverTheLimitAreA413BeforeTheyAreParsedWithALengthOrWithout()
      throws Exception {
    String cell = "x".repeat(30_000);
    var rows = new StringBuilder("{\"header\":[\"Notes\"],\"rows\":[");
    for (int i = 0; i < 120; i++) {
      rows.append(i == 0 ? "" : ",").append("[\"").append(cell).append("\"]");
    }
    byte[] body = rows.append("]}").toString().getBytes(StandardCharsets.UTF_8);

    var declared = http.post("/api/imports", new String(body, StandardCharsets.UTF_8));
    var chunked =
        http.client.send(
            HttpRequest.newBuilder(http.url("/api/imports"))
                .header("Authorization", "Bearer " + http.accessToken())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (var response : List.of(declared, chunked)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
      assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("too-large");
    }
    assertThat((Integer) JsonPath.read(http.imports(), "$.length()")).isZero();
  }

  private static byte[] csvOfAbout(int bytes) {
    var csv = new StringBuilder("First Name,Last Name,E-mail Address\r\n");
    for (int i = 0; csv.length() < bytes; i++) {
      csv.append("Person,Number").append(i).append(",person").append(i).append("@example.com\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
