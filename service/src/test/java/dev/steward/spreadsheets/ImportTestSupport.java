package dev.steward.spreadsheets;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Requests the import tests share: upload, commit and wait, read a contact by email. */
final class ImportTestSupport {

  private ImportTestSupport() {}

  static ResultActions upload(MockMvc mvc, Api api, String name, byte[] bytes) throws Exception {
    return mvc.perform(
        multipart("/api/imports")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.accessToken()));
  }

  static UUID uploaded(MockMvc mvc, Api api, String name, byte[] bytes) throws Exception {
    var response = upload(mvc, api, name, bytes).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(
          "Upload gave " + response.getStatus() + ": " + response.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }

  /** Commits and polls until the job has finished, committed or failed; returns its final JSON. */
  static String commitAndWait(Api api, UUID id) throws Exception {
    var response = api.post("/api/imports/{id}/commit", "", id).andReturn().getResponse();
    if (response.getStatus() != 202) {
      throw new AssertionError(
          "Commit gave " + response.getStatus() + ": " + response.getContentAsString());
    }
    return waitForEnd(api, id);
  }

  static String waitForEnd(Api api, UUID id) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      String body = api.get("/api/imports/{id}", id).andReturn().getResponse().getContentAsString();
      String status = JsonPath.read(body, "$.status");
      if (!status.equals("committing")) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Import " + id + " did not finish within a minute");
  }

  /** The live contact with this email, as the contacts API returns it. */
  static Map<String, Object> contact(Api api, String email) throws Exception {
    List<String> ids = Api.read(api.get("/api/contacts?q={q}", email), "$.items[*].id");
    if (ids.size() != 1) {
      throw new AssertionError(ids.size() + " contacts match " + email);
    }
    return JsonPath.read(
        api.get("/api/contacts/{id}", ids.get(0)).andReturn().getResponse().getContentAsString(),
        "$");
  }

  static int liveContacts(Api api) throws Exception {
    return Api.read(api.get("/api/contacts?size=1"), "$.totalElements");
  }
}
