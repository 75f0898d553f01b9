package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The browser's CSRF token stays put while it is signed in, so that writes sent side by side with
 * other requests all carry a token the service still accepts; it changes only where a sign-in
 * begins or ends.
 */
class CsrfTokenIntegrationTest extends IntegrationTest {

  private static final String CONTACT =
      """
      {"type":"individual","firstName":"Grace"}""";

  private String subdomain;
  private String email;

  @BeforeEach
  void aUserOfTheFirm() throws Exception {
    subdomain = Api.read(api.get("/api/tenant"), "$.subdomain");
    email = "csrf-" + UUID.randomUUID() + "@example.com";
    api.post(
        "/api/auth/register",
        """
        {"email":"%s","fullName":"Ada Lovelace","role":"user","password":"%s"}"""
            .formatted(email, PASSWORD));
  }

  @Test
  void signedInRequestsKeepTheTokenAndAnEarlierTokenStillWrites() throws Exception {
    Cookie access = login(null).getCookie("steward_access");
    String token =
        mvc.perform(get("/api/config").cookie(access))
            .andReturn()
            .getResponse()
            .getCookie("XSRF-TOKEN")
            .getValue();
    Cookie xsrf = new Cookie("XSRF-TOKEN", token);

    var read = mvc.perform(get("/api/contacts").cookie(access, xsrf)).andReturn().getResponse();
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getCookie("XSRF-TOKEN")).as("a signed-in read sets no new XSRF-TOKEN").isNull();

    var write =
        mvc.perform(withToken(post("/api/contacts"), access, xsrf, token))
            .andReturn()
            .getResponse();
    assertThat(write.getStatus()).as(write.getContentAsString()).isEqualTo(201);
    assertThat(write.getCookie("XSRF-TOKEN"))
        .as("a signed-in write sets no new XSRF-TOKEN")
        .isNull();

    mvc.perform(get("/api/contacts").cookie(access, xsrf));
    mvc.perform(get("/api/tenant").cookie(access, xsrf));
    var later =
        mvc.perform(withToken(post("/api/contacts"), access, xsrf, token))
            .andReturn()
            .getResponse();
    assertThat(later.getStatus()).as(later.getContentAsString()).isEqualTo(201);
  }

  @Test
  void signingInAndOutGiveANewToken() throws Exception {
    String before =
        mvc.perform(get("/api/config"))
            .andReturn()
            .getResponse()
            .getCookie("XSRF-TOKEN")
            .getValue();
    var signedIn = login(new Cookie("XSRF-TOKEN", before));
    Cookie rotated = signedIn.getCookie("XSRF-TOKEN");
    assertThat(rotated).as("sign-in sets a new XSRF-TOKEN").isNotNull();
    assertThat(rotated.getValue()).isNotBlank().isNotEqualTo(before);

    Cookie access = signedIn.getCookie("steward_access");
    Cookie refresh = signedIn.getCookie("steward_refresh");
    var write =
        mvc.perform(withToken(post("/api/contacts"), access, rotated, rotated.getValue()))
            .andReturn()
            .getResponse();
    assertThat(write.getStatus()).as(write.getContentAsString()).isEqualTo(201);

    var signedOut =
        mvc.perform(
                post("/api/auth/logout")
                    .cookie(refresh, rotated)
                    .header("X-XSRF-TOKEN", rotated.getValue()))
            .andReturn()
            .getResponse();
    assertThat(signedOut.getStatus()).isEqualTo(204);
    Cookie afterLogout = signedOut.getCookie("XSRF-TOKEN");
    assertThat(afterLogout).as("sign-out sets a new XSRF-TOKEN").isNotNull();
    assertThat(afterLogout.getValue()).isNotBlank().isNotEqualTo(rotated.getValue());
  }

  @Test
  void cookieWritesStillNeedTheTokenAndBearerWritesDoNot() throws Exception {
    Cookie access = login(null).getCookie("steward_access");
    var withoutToken =
        mvc.perform(
                post("/api/contacts")
                    .cookie(access)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CONTACT))
            .andReturn()
            .getResponse();
    assertThat(withoutToken.getStatus()).isEqualTo(403);
    var wrongToken =
        mvc.perform(withToken(post("/api/contacts"), access, new Cookie("XSRF-TOKEN", "a"), "b"))
            .andReturn()
            .getResponse();
    assertThat(wrongToken.getStatus()).isEqualTo(403);

    assertThat(api.post("/api/contacts", CONTACT).andReturn().getResponse().getStatus())
        .isEqualTo(201);
  }

  @Test
  void bearerRequestsAreGivenNoCsrfCookie() throws Exception {
    String accessToken =
        com.jayway.jsonpath.JsonPath.read(login(null).getContentAsString(), "$.accessToken");
    var read =
        mvc.perform(
                get("/api/contacts/lookup")
                    .param("email", "nobody@example.com")
                    .header("Authorization", "Bearer " + accessToken))
            .andReturn()
            .getResponse();
    assertThat(read.getStatus()).as(read.getContentAsString()).isEqualTo(200);
    assertThat(read.getCookie("XSRF-TOKEN"))
        .as("a Bearer request is never asked for a CSRF token")
        .isNull();

    var browser =
        mvc.perform(
                get("/api/contacts/lookup")
                    .param("email", "nobody@example.com")
                    .cookie(login(null).getCookie("steward_access")))
            .andReturn()
            .getResponse();
    assertThat(browser.getCookie("XSRF-TOKEN"))
        .as("the browser app, signed in by cookie, still gets one")
        .isNotNull();
  }

  private MockHttpServletResponse login(Cookie xsrf) throws Exception {
    var request =
        post("/api/auth/login")
            .with(
                r -> {
                  r.setRemoteAddr("192.0.2." + (int) (Math.random() * 250 + 1));
                  return r;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
            {"email":"%s","password":"%s","firm":"%s"}"""
                    .formatted(email, PASSWORD, subdomain));
    if (xsrf != null) {
      request.cookie(xsrf);
    }
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response;
  }

  private static MockHttpServletRequestBuilder withToken(
      MockHttpServletRequestBuilder request, Cookie access, Cookie xsrf, String header) {
    return request
        .cookie(access, xsrf)
        .header("X-XSRF-TOKEN", header)
        .contentType(MediaType.APPLICATION_JSON)
        .content(CONTACT);
  }
}
