package dev.steward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The web app at /: files, history fallback for the app's routes, and caching (a test index.html
 * stands in).
 */
class WebAppIntegrationTest extends IntegrationTest {

  @Test
  void servesTheAppAtTheRoot() throws Exception {
    var response = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse();
    // Spring Boot's welcome page forwards "/" to index.html, which the app's handler then serves
    // (uncached).
    String forwarded = response.getForwardedUrl();
    if (forwarded != null) {
      assertThat(forwarded).endsWith("index.html");
      mvc.perform(get("/index.html"))
          .andExpect(status().isOk())
          .andExpect(header().string("Cache-Control", containsString("no-cache")));
    } else {
      assertThat(response.getContentAsString()).contains("<div id=\"root\">");
      assertThat(response.getHeader("Cache-Control")).contains("no-cache");
    }
  }

  @Test
  void answersTheAppsOwnRoutesWithIndexHtml() throws Exception {
    for (String path :
        new String[] {
          "/contacts", "/contacts/trash", "/contacts/4b7c0d2e-0000-4000-8000-000000000001"
        }) {
      mvc.perform(get(path))
          .andExpect(status().isOk())
          .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
          .andExpect(content().string(containsString("<div id=\"root\">")))
          .andExpect(header().string("Cache-Control", containsString("no-cache")));
    }
  }

  @Test
  void cachesHashedAssetsForAYear() throws Exception {
    mvc.perform(get("/assets/app-test1234.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
        .andExpect(header().string("Cache-Control", containsString("immutable")));
  }

  @Test
  void sendsThePrecompressedAssetTheBrowserAccepts() throws Exception {
    byte[] plain =
        mvc.perform(get("/assets/app-test1234.js"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] brotli =
        mvc.perform(get("/assets/app-test1234.js").header("Accept-Encoding", "gzip, deflate, br"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Encoding", "br"))
            .andExpect(header().string("Vary", containsString("Accept-Encoding")))
            .andExpect(content().contentTypeCompatibleWith("text/javascript"))
            .andExpect(header().string("Cache-Control", containsString("immutable")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    byte[] gzip =
        mvc.perform(get("/assets/app-test1234.js").header("Accept-Encoding", "gzip"))
            .andExpect(header().string("Content-Encoding", "gzip"))
            .andExpect(header().string("Vary", containsString("Accept-Encoding")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      assertThat(in.readAllBytes()).isEqualTo(plain);
    }
    assertThat(brotli).isNotEqualTo(plain).isNotEqualTo(gzip);
    mvc.perform(get("/assets/app-test1234.js").header("Accept-Encoding", "identity"))
        .andExpect(header().doesNotExist("Content-Encoding"))
        .andExpect(content().bytes(plain));
  }

  @Test
  void leavesApiActuatorAndMissingFilesAlone() throws Exception {
    api.get("/api/no-such-thing")
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("<div id=\"root\">"))));
    mvc.perform(get("/api/no-such-thing")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/no-such-thing")).andExpect(status().isNotFound());
    mvc.perform(get("/assets/missing-0000.js")).andExpect(status().isNotFound());
    mvc.perform(get("/missing.png")).andExpect(status().isNotFound());
    mvc.perform(get("/swagger-ui/index.html"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<div id=\"root\">"))));
  }
}
