package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

class SignInIntegrationTest extends IntegrationTest {

  private String subdomain;
  private String email;
  private String address;

  @BeforeEach
  void aUserOfTheFirm() throws Exception {
    subdomain = Api.read(api.get("/api/tenant"), "$.subdomain");
    email = "ada-" + UUID.randomUUID() + "@example.com";
    address = "192.0.2." + (int) (Math.random() * 250 + 1);
    api.post(
            "/api/auth/register",
            """
        {"email":"%s","fullName":"Ada Lovelace","role":"user","password":"%s"}"""
                .formatted(email, PASSWORD))
        .andExpect(status().isCreated());
  }

  private ResultActions login(String password, String extra) throws Exception {
    return mvc.perform(
        post("/api/auth/login")
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
            {"email":"%s","password":"%s","firm":"%s"%s}"""
                    .formatted(email, password, subdomain, extra)));
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  @Test
  void signsInAndSetsHttpOnlySecureSameSiteCookies() throws Exception {
    var response =
        login(PASSWORD, "")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tokenType").value("Bearer"))
            .andExpect(jsonPath("$.user.role").value("user"))
            .andReturn()
            .getResponse();
    List<String> cookies = response.getHeaders("Set-Cookie");
    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("steward_access=")
                    .contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/"));
    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("steward_refresh=")
                    .contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth"));

    String token = JsonPath.read(response.getContentAsString(), "$.accessToken");
    mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.email").value(email))
        .andExpect(jsonPath("$.signInMethod").value("PASSWORD"));
  }

  @Test
  void refusesAWrongPasswordAndAnUnknownEmailWithTheSameWords() throws Exception {
    String wrong =
        JsonPath.read(
            body(login("Not-The-Password-99", "").andExpect(status().isUnauthorized())),
            "$.detail");
    email = "nobody-" + UUID.randomUUID() + "@example.com";
    String unknown =
        JsonPath.read(body(login(PASSWORD, "").andExpect(status().isUnauthorized())), "$.detail");
    assertThat(wrong).isEqualTo(unknown).isEqualTo("The email or password is not right.");
    mvc.perform(get("/api/contacts"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
  }

  @Test
  void locksTheAccountAfterRepeatedFailuresThenRefusesEvenTheRightPassword() throws Exception {
    for (int i = 0; i < 4; i++) {
      login("Wrong-Password-" + i + "-xx", "").andExpect(status().isUnauthorized());
    }
    login("Wrong-Password-5-xx", "")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.detail", containsString("locked for 15 minutes")));
    login(PASSWORD, "").andExpect(status().isTooManyRequests());

    List<String> actions = Api.read(api.get("/api/audit?action=auth"), "$.items[*].action");
    assertThat(actions).filteredOn("auth.sign_in_failed"::equals).hasSize(6);
    assertThat(actions).contains("auth.account_locked");

    // An admin can lift the lock.
    List<String> ids = Api.read(api.get("/api/users"), "$[?(@.email == '" + email + "')].id");
    api.post("/api/users/{id}/unlock", "", ids.get(0)).andExpect(status().isOk());
    login(PASSWORD, "").andExpect(status().isOk());
  }

  @Test
  void slowsDownRepeatedFailures() throws Exception {
    login("Wrong-Password-1-xx", "");
    long start = System.nanoTime();
    login("Wrong-Password-2-xx", "").andExpect(status().isUnauthorized());
    login("Wrong-Password-3-xx", "").andExpect(status().isUnauthorized());
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("second and third failures wait 0.5 s and 1 s")
        .isGreaterThanOrEqualTo(1400);
  }

  @Test
  void rotatesRefreshTokensAndRevokesTheFamilyWhenOneIsReused() throws Exception {
    String first = JsonPath.read(body(login(PASSWORD, "")), "$.refreshToken");
    String second =
        JsonPath.read(body(refresh(first).andExpect(status().isOk())), "$.refreshToken");
    assertThat(second).isNotEqualTo(first);

    refresh(first)
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("used from somewhere else")));
    refresh(second).andExpect(status().isUnauthorized());

    List<String> actions =
        Api.read(api.get("/api/audit?action=auth.refresh_token_reused"), "$.items[*].action");
    assertThat(actions).hasSize(1);
  }

  @Test
  void refreshesFromTheCookieAndSignsOut() throws Exception {
    var signedIn = login(PASSWORD, "").andReturn().getResponse();
    Cookie refresh = signedIn.getCookie("steward_refresh");
    String csrf = csrfToken();
    // The refresh rides on a cookie, so it needs the CSRF token like any other cookie-borne write.
    mvc.perform(post("/api/auth/refresh").cookie(refresh)).andExpect(status().isForbidden());
    var refreshed =
        mvc.perform(
                post("/api/auth/refresh")
                    .cookie(refresh, new Cookie("XSRF-TOKEN", csrf))
                    .header("X-XSRF-TOKEN", csrf))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    Cookie next = refreshed.getCookie("steward_refresh");
    mvc.perform(
            post("/api/auth/logout")
                .cookie(next, new Cookie("XSRF-TOKEN", csrf))
                .header("X-XSRF-TOKEN", csrf))
        .andExpect(status().isNoContent())
        .andExpect(
            header()
                .stringValues(
                    "Set-Cookie", org.hamcrest.Matchers.hasItem(containsString("Max-Age=0"))));
    refresh(next.getValue()).andExpect(status().isUnauthorized());
  }

  @Test
  void cookieSignedInBrowsersNeedTheCsrfTokenForWritesButNotForReads() throws Exception {
    MockHttpServletResponse signedIn = login(PASSWORD, "").andReturn().getResponse();
    Cookie access = signedIn.getCookie("steward_access");
    mvc.perform(get("/api/contacts").cookie(access)).andExpect(status().isOk());
    String newContact =
        """
        {"type":"individual","firstName":"Grace"}""";
    mvc.perform(
            post("/api/contacts")
                .cookie(access)
                .contentType(MediaType.APPLICATION_JSON)
                .content(newContact))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("Security token out of date"));
    String csrf = csrfToken();
    mvc.perform(
            post("/api/contacts")
                .cookie(access, new Cookie("XSRF-TOKEN", csrf))
                .header("X-XSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_JSON)
                .content(newContact))
        .andExpect(status().isCreated());
  }

  @Test
  void runsTheWholeMfaPathWithCodesComputedHere() throws Exception {
    String token = JsonPath.read(body(login(PASSWORD, "")), "$.accessToken");
    var setup =
        mvc.perform(post("/api/auth/mfa/setup").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.otpauthUri", startsWith("otpauth://totp/Steward:")))
            .andExpect(jsonPath("$.qrCodeDataUri", startsWith("data:image/svg+xml;base64,")));
    String secret = JsonPath.read(body(setup), "$.secret");

    mvc.perform(
            post("/api/auth/mfa/verify")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"000000\"}"))
        .andExpect(status().isUnprocessableContent());
    Instant now = Instant.now();
    var verified =
        mvc.perform(
                post("/api/auth/mfa/verify")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"%s\"}".formatted(TotpCodes.at(secret, now))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.recoveryCodes", hasSize(10)));
    List<String> recoveryCodes = JsonPath.read(body(verified), "$.recoveryCodes");

    login(PASSWORD, "")
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.mfaRequired").value(true));
    String next = TotpCodes.at(secret, now.plusSeconds(30));
    login(PASSWORD, ",\"code\":\"%s\"".formatted(next)).andExpect(status().isOk());
    // A code works once.
    login(PASSWORD, ",\"code\":\"%s\"".formatted(next)).andExpect(status().isUnauthorized());
    login(PASSWORD, ",\"recoveryCode\":\"%s\"".formatted(recoveryCodes.get(3)))
        .andExpect(status().isOk());
    login(PASSWORD, ",\"recoveryCode\":\"%s\"".formatted(recoveryCodes.get(3)))
        .andExpect(status().isUnauthorized());

    List<String> actions = Api.read(api.get("/api/audit?action=auth"), "$.items[*].action");
    assertThat(actions).contains("auth.mfa_enabled", "auth.recovery_code_used");
  }

  @Test
  void aFirmThatRequiresMfaLetsAUserWithoutItOnlySetItUp() throws Exception {
    var tenant = api.get("/api/tenant").andReturn().getResponse();
    String name = JsonPath.read(tenant.getContentAsString(), "$.name");
    api.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/tenant")
                .header("If-Match", tenant.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","mfaRequired":true}"""
                        .formatted(name, subdomain)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mfaRequired").value(true));
    String token = JsonPath.read(body(login(PASSWORD, "")), "$.accessToken");
    mvc.perform(get("/api/contacts").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("requires two-step sign-in")));
    mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.mfaSetupRequired").value(true));
    mvc.perform(post("/api/auth/mfa/setup").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
    email = "newcomer-" + UUID.randomUUID() + "@example.com";
    var registered =
        api.post(
                "/api/auth/register",
                """
        {"email":"%s","fullName":"New Comer","role":"viewer"}"""
                    .formatted(email))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.user.mustChangePassword").value(true));
    String oneTime = JsonPath.read(body(registered), "$.oneTimePassword");
    String token =
        JsonPath.read(body(login(oneTime, "").andExpect(status().isOk())), "$.accessToken");
    mvc.perform(get("/api/contacts").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("Choose a new password first")));

    mvc.perform(
            post("/api/auth/password")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"currentPassword":"%s","newPassword":"password1234"}"""
                        .formatted(oneTime)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
    var changed =
        mvc.perform(
                post("/api/auth/password")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                {"currentPassword":"%s","newPassword":"Copper-Kettle-Morning-17"}"""
                            .formatted(oneTime)))
            .andExpect(status().isOk());
    String fresh = JsonPath.read(body(changed), "$.accessToken");
    mvc.perform(get("/api/contacts").header("Authorization", "Bearer " + fresh))
        .andExpect(status().isOk());
    login(oneTime, "").andExpect(status().isUnauthorized());
  }

  @Test
  void refusesWeakPasswordsWithEveryReason() throws Exception {
    var refused =
        api.post(
                "/api/auth/register",
                """
        {"email":"weak-%s@example.com","fullName":"Weak Pass","role":"user","password":"Password123!"}"""
                    .formatted(UUID.randomUUID()))
            .andExpect(status().isUnprocessableContent());
    List<String> messages = JsonPath.read(body(refused), "$.errors[*].message");
    assertThat(messages).anySatisfy(m -> assertThat(m).containsIgnoringCase("common"));
    api.post(
            "/api/auth/register",
            """
        {"email":"short-%s@example.com","fullName":"Short Pass","role":"user","password":"Ab1!xyz"}"""
                .formatted(UUID.randomUUID()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].message", org.hamcrest.Matchers.hasItem(containsString("12"))));
  }

  @Test
  void aDeactivatedUserIsRefusedAtOnce() throws Exception {
    String token = JsonPath.read(body(login(PASSWORD, "")), "$.accessToken");
    String id =
        JsonPath.read(
            body(mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))),
            "$.user.id");
    var user = api.get("/api/users/{id}", id).andReturn().getResponse();
    api.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/users/{id}", id)
                .header("If-Match", user.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"active\":false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false));
    mvc.perform(get("/api/contacts").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    login(PASSWORD, "").andExpect(status().isUnauthorized());
  }

  @Test
  void keepsTheLastAdmin() throws Exception {
    String me = Api.read(api.get("/api/auth/me"), "$.user.id");
    var user = api.get("/api/users/{id}", me).andReturn().getResponse();
    api.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/users/{id}", me)
                .header("If-Match", user.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"viewer\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("at least one active admin")));
  }

  private ResultActions refresh(String token) throws Exception {
    return mvc.perform(
        post("/api/auth/refresh")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"refreshToken\":\"%s\"}".formatted(token)));
  }

  private String csrfToken() throws Exception {
    return mvc.perform(get("/api/config"))
        .andReturn()
        .getResponse()
        .getCookie("XSRF-TOKEN")
        .getValue();
  }
}
