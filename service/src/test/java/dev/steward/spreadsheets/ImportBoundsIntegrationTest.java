package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import dev.steward.identity.Users;
import dev.steward.spreadsheets.read.HostileFiles;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bounds on an import's text and time where they span requests: rows the Excel pane posts in
 * chunks, an upload that arrives slowly, and chunks that stop arriving. Small bounds (a row 40,000
 * characters, an import 100,000, three seconds) so that files that pass them stay small and waits
 * short; the cell keeps Excel's limit.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
      "steward.db.embedded-ephemeral=true",
      "steward.import.max-row-chars=40000",
      "steward.import.max-total-chars=100000",
      "steward.import.max-upload-time=3s"
    })
class ImportBoundsIntegrationTest {

  private static final Duration TIME = Duration.ofSeconds(3);

  @Value("${local.server.port}")
  int port;

  @Autowired Tenants tenants;
  @Autowired Users users;
  @Autowired Environment environment;
  @Autowired AbandonedUploadSweeper sweeper;
  @Autowired ImportStore store;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private HttpImports http;
  private Connection superuser;

  @BeforeEach
  void signIn() throws Exception {
    http = HttpImports.signIn(port, tenants, users);
    superuser = Superuser.connect(environment);
  }

  @AfterEach
  void disconnect() throws Exception {
    superuser.close();
  }

  @Test
  void aChunkThatTakesTheImportPastItsTotalRemovesTheWholeImport() throws Exception {
    // Each row is 30,011 characters, the header 24: two rows make 60,046, a third 90,057, and row 5
    // passes 100,000.
    var first = http.post("/api/imports", chunk(true, 2, false));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String id = JsonPath.read(first.body(), "$.id");
    assertThat(Superuser.importsOf(superuser, http.firm)).startsWith(1L, 3L);

    var second = http.post("/api/imports/" + id + "/rows", chunk(false, 2, true));

    assertTooMuchText(second, "total", 100_000);
    assertThat((Integer) JsonPath.read(second.body(), "$.row")).isEqualTo(5);
    assertThat((String) JsonPath.read(second.body(), "$.detail"))
        .isEqualTo(
            "The import holds more than 100,000"
                + " characters of text in all, the most one import may hold here (STEWARD_IMPORT_MAX_TOTAL_CHARS); reading"
                + " stopped at row 5. Nothing was imported. Split the rows into several files.");
    assertThat(http.get("/api/imports/" + id).statusCode()).isEqualTo(404);
    assertThat(Superuser.importsOf(superuser, http.firm))
        .as("jobs, raw rows, staged rows, contacts")
        .containsOnly(0L);
  }

  @Test
  void rowsWithinTheBoundsAreImportedAsBefore() throws Exception {
    var first = http.post("/api/imports", chunk(true, 1, false));
    String id = JsonPath.read(first.body(), "$.id");
    var last = http.post("/api/imports/" + id + "/rows", chunk(false, 1, true));

    assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
    assertThat((String) JsonPath.read(last.body(), "$.status")).isEqualTo("ready");
    assertThat((Integer) JsonPath.read(last.body(), "$.rowsTotal")).isEqualTo(2);
  }

  @Test
  void aCellOrARowPastItsBoundPostedAsJsonIsRefusedAndNothingIsKept() throws Exception {
    var cell =
        http.post(
            "/api/imports",
            """
        {"header":["First Name","Last Name","Notes"],"rows":[["Ada","Lovelace","%s"]]}"""
                .formatted(HostileFiles.text(32_768)));
    assertTooMuchText(cell, "cell", 32_767);
    assertThat((Integer) JsonPath.read(cell.body(), "$.row")).isEqualTo(2);
    assertThat((String) JsonPath.read(cell.body(), "$.column")).isEqualTo("C");

    String half = HostileFiles.text(25_000);
    var row =
        http.post(
            "/api/imports",
            """
        {"header":["First Name","Last Name","Notes"],"rows":[["Ada","Lovelace","x"],["Ada","%s","%s"]]}"""
                .formatted(half, half));
    assertTooMuchText(row, "row", 40_000);
    assertThat((Integer) JsonPath.read(row.body(), "$.row")).isEqualTo(3);
    assertThat(Superuser.importsOf(superuser, http.firm)).containsOnly(0L);
  }

  @Test
  void aChunkSentAfterTheImportsTimeIsRefusedAndRemovesTheImport() throws Exception {
    var first = http.post("/api/imports", chunk(true, 1, false));
    String id = JsonPath.read(first.body(), "$.id");
    Thread.sleep(TIME.plusMillis(300).toMillis());

    var late = http.post("/api/imports/" + id + "/rows", chunk(false, 1, true));

    assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
    assertThat((String) JsonPath.read(late.body(), "$.code")).isEqualTo("upload-timeout");
    assertThat((String) JsonPath.read(late.body(), "$.detail"))
        .isEqualTo(
            "The import was stopped after 3 seconds,"
                + " the longest one may take here (STEWARD_IMPORT_MAX_UPLOAD_TIME). Nothing was imported. Split the rows into"
                + " smaller files, or import them when the service is less busy.");
    assertThat(Superuser.importsOf(superuser, http.firm)).containsOnly(0L);
  }

  @Test
  void importsWhoseChunksStoppedArrivingAreRemovedWithTheirRows() throws Exception {
    var abandoned = http.post("/api/imports", chunk(true, 2, false));
    var whole = http.post("/api/imports", chunk(true, 1, true));
    assertThat(whole.statusCode()).isEqualTo(201);
    assertThat(CurrentTenant.callAs(http.firm, sweeper::sweepCurrentFirm)).as("too early").isZero();
    Thread.sleep(TIME.plusMillis(300).toMillis());

    assertThat(CurrentTenant.callAs(http.firm, sweeper::sweepCurrentFirm)).isEqualTo(1);

    assertThat(http.get("/api/imports/" + JsonPath.read(abandoned.body(), "$.id")).statusCode())
        .isEqualTo(404);
    assertThat(http.get("/api/imports/" + JsonPath.read(whole.body(), "$.id")).statusCode())
        .isEqualTo(200);
    var late =
        http.post(
            "/api/imports/" + JsonPath.read(whole.body(), "$.id") + "/rows", chunk(false, 1, true));
    assertThat(late.statusCode())
        .as("a late chunk for a previewed import: " + late.body())
        .isEqualTo(409);
    assertThat(Superuser.importsOf(superuser, http.firm))
        .as("the previewed import only")
        .isEqualTo(List.of(1L, 2L, 1L, 0L));
  }

  @Test
  void anUploadThatArrivesSlowerThanTheImportsTimeIsRefused() throws Exception {
    byte[] csv = "First Name,Last Name\r\nAda,Lovelace\r\n".getBytes(StandardCharsets.UTF_8);

    var response = http.upload("slow.csv", () -> slowly(csv, TIME.plusSeconds(1)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("upload-timeout");
    assertThat(Superuser.importsOf(superuser, http.firm)).containsOnly(0L);
    assertThat(http.upload("quick.csv", csv).statusCode()).isEqualTo(201);
  }

  @Test
  void postgresqlStopsAStatementPastTheTimeLeftAndItIsToldApart() {
    var transaction = new TransactionTemplate(transactions);
    assertThatThrownBy(
            () ->
                CurrentTenant.runAs(
                    http.firm,
                    () ->
                        transaction.executeWithoutResult(
                            status -> {
                              store.limitStatements(Duration.ofMillis(50));
                              jdbc.sql("select pg_sleep(2)").query().singleValue();
                            })))
        .satisfies(e -> assertThat(ImportStore.canceledByTimeout(e)).as(e.toString()).isTrue());
    assertThat(ImportStore.canceledByTimeout(new IllegalStateException("another failure")))
        .isFalse();
  }

  /**
   * {@code rows} rows of a contact whose notes hold 30,000 characters; the first chunk carries the
   * header.
   */
  private static String chunk(boolean first, int rows, boolean complete) {
    var json = new StringBuilder("{");
    if (first) {
      json.append("\"header\":[\"First Name\",\"Last Name\",\"Notes\"],");
    }
    json.append("\"complete\":").append(complete).append(",\"rows\":[");
    for (int i = 0; i < rows; i++) {
      json.append(i == 0 ? "" : ",")
          .append("[\"Ada\",\"Lovelace\",\"")
          .append(HostileFiles.text(30_000))
          .append("\"]");
    }
    return json.append("]}").toString();
  }

  /** {@code bytes}, a few at a time, spread over {@code over}. */
  private static InputStream slowly(byte[] bytes, Duration over) {
    long pause = over.toMillis() / bytes.length + 1;
    return new InputStream() {
      private final ByteArrayInputStream in = new ByteArrayInputStream(bytes);

      @Override
      public int read() {
        pause();
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        pause();
        return in.read(buffer, offset, Math.min(length, 1));
      }

      private void pause() {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  private static void assertTooMuchText(HttpResponse<String> response, String bound, long limit) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("too-much-text");
    assertThat((String) JsonPath.read(response.body(), "$.bound")).isEqualTo(bound);
    assertThat(((Number) JsonPath.read(response.body(), "$.limit")).longValue()).isEqualTo(limit);
  }
}
