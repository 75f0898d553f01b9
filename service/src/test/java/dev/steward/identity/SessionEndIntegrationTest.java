package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.credentials.SecretCipher;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ended everywhere" ends everywhere: an access token dies with its sign-in, not 15 minutes later,
 * after a sign-out, a reused refresh token, a password change, a role change or a deactivation.
 */
class SessionEndIntegrationTest extends IntegrationTest {

  @Autowired LocalTokens localTokens;
  @Autowired JdbcClient jdbc;
  @Autowired IdentitySettings settings;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired SecretCipher cipher;

  private String subdomain;
  private String email;

  @BeforeEach
  void aUserOfTheFirm() throws Exception {
    subdomain = Api.read(api.get("/api/tenant"), "$.subdomain");
    email = "sam-" + UUID.randomUUID() + "@example.com";
    api.post(
            "/api/auth/register",
            """
        {"email":"%s","fullName":"Sam Session","role":"user","password":"%s"}"""
                .formatted(email, PASSWORD))
        .andExpect(status().isCreated());
  }

  @Test
  void signingOutWithOnlyTheBearerTokenEndsThatToken() throws Exception {
    var session = signIn();
    bearer(get("/api/contacts"), session.access()).andExpect(status().isOk());

    bearer(post("/api/auth/logout"), session.access()).andExpect(status().isNoContent());

    bearer(get("/api/contacts"), session.access()).andExpect(status().isUnauthorized());
    refresh(session.refresh()).andExpect(status().isUnauthorized());
    // Ending an ended sign-in is not an error: the browser's cookies must still be cleared.
    bearer(post("/api/auth/logout"), session.access()).andExpect(status().isNoContent());
    bearer(post("/api/auth/logout"), "not-a-token").andExpect(status().isNoContent());
  }

  @Test
  void signingOutOneSignInLeavesTheUsersOtherSignInsAlone() throws Exception {
    var laptop = signIn();
    var phone = signIn();

    bearer(post("/api/auth/logout"), laptop.access()).andExpect(status().isNoContent());

    bearer(get("/api/contacts"), laptop.access()).andExpect(status().isUnauthorized());
    bearer(get("/api/contacts"), phone.access()).andExpect(status().isOk());
  }

  @Test
  void aReusedRefreshTokenEndsTheAccessTokensItsFamilyAlreadyHas() throws Exception {
    var first = signIn();
    var rotated =
        JsonPath.<String>read(
            body(refresh(first.refresh()).andExpect(status().isOk())), "$.accessToken");
    bearer(get("/api/contacts"), rotated).andExpect(status().isOk());

    refresh(first.refresh()).andExpect(status().isUnauthorized());

    bearer(get("/api/contacts"), first.access()).andExpect(status().isUnauthorized());
    bearer(get("/api/contacts"), rotated).andExpect(status().isUnauthorized());
  }

  @Test
  void aPasswordChangeEndsEveryOtherSignInAtOnce() throws Exception {
    var here = signIn();
    var elsewhere = signIn();

    var changed =
        bearer(
                post("/api/auth/password")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
        {"currentPassword":"%s","newPassword":"Copper-Kettle-Morning-17"}"""
                            .formatted(PASSWORD)),
                here.access())
            .andExpect(status().isOk());

    bearer(get("/api/contacts"), elsewhere.access()).andExpect(status().isUnauthorized());
    bearer(get("/api/contacts"), here.access()).andExpect(status().isUnauthorized());
    bearer(get("/api/contacts"), JsonPath.read(body(changed), "$.accessToken"))
        .andExpect(status().isOk());
  }

  @Test
  void aRoleChangeOrDeactivationEndsTheUsersSignIns() throws Exception {
    var session = signIn();
    String id = Api.read(bearer(get("/api/auth/me"), session.access()), "$.user.id");

    changeUser(id, "{\"role\":\"viewer\"}");
    bearer(get("/api/contacts"), session.access()).andExpect(status().isUnauthorized());
    refresh(session.refresh()).andExpect(status().isUnauthorized());

    var again = signIn();
    bearer(get("/api/contacts"), again.access()).andExpect(status().isOk());
    changeUser(id, "{\"active\":false}");
    bearer(get("/api/contacts"), again.access()).andExpect(status().isUnauthorized());
  }

  @Test
  void aDeactivationMadeByAnotherInstanceReachesThisOneWithinThePrincipalCacheTime()
      throws Exception {
    var session = signIn();
    String id = Api.read(bearer(get("/api/auth/me"), session.access()), "$.user.id");
    bearer(get("/api/contacts"), session.access()).andExpect(status().isOk());

    // Straight into the database, as another instance would: this instance hears no event.
    var write = new TransactionTemplate(transactionManager);
    CurrentTenant.runAs(
        firm,
        () ->
            write.executeWithoutResult(
                status ->
                    jdbc.sql("update users set active = false where id = ?")
                        .param(UUID.fromString(id))
                        .update()));

    long deadline = System.nanoTime() + settings.principalCacheFor().plusSeconds(5).toNanos();
    int answer = 200;
    while (answer == 200 && System.nanoTime() < deadline) {
      answer = bearer(get("/api/contacts"), session.access()).andReturn().getResponse().getStatus();
      if (answer == 200) {
        Thread.sleep(100);
      }
    }
    assertThat(answer).as("within the principal cache time").isEqualTo(401);
  }

  @Test
  void aTokenThatNamesNoSignInIsRefused() throws Exception {
    UUID userId = api.userId();
    var claims =
        JwtClaimsSet.builder()
            .issuer(settings.issuer())
            .subject(userId.toString())
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(600))
            .claim(LocalTokens.TENANT_CLAIM, firm.toString());
    // Signed with the real key, so only the missing session id can be the reason it is refused.
    String withoutSession = signWithStewardsKey(claims);
    bearer(get("/api/contacts"), withoutSession).andExpect(status().isUnauthorized());
    bearer(get("/api/contacts"), localTokens.issue(userId, firm, UUID.randomUUID()).value())
        .andExpect(status().isOk());
  }

  /**
   * Another instance keeps its own copy of the revoked set: it must see a sign-out made here within
   * its cache time, read from the database they share.
   */
  @Test
  void anotherInstanceSeesTheEndedSignInWithinItsCacheTime() throws Exception {
    var session = signIn();
    UUID sessionId =
        UUID.fromString(localTokens.decoder().decode(session.access()).getClaimAsString("sid"));
    var otherInstance =
        new RevokedSessions(jdbc, withRevokedSessionsCacheFor(Duration.ofMillis(300)));
    assertThat(inFirm(() -> otherInstance.isRevoked(sessionId)))
        .as("before the sign-out")
        .isFalse();

    bearer(post("/api/auth/logout"), session.access()).andExpect(status().isNoContent());

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    boolean seen = false;
    while (!seen && System.nanoTime() < deadline) {
      seen = inFirm(() -> otherInstance.isRevoked(sessionId));
      if (!seen) {
        Thread.sleep(50);
      }
    }
    assertThat(seen).as("the other instance refuses the ended sign-in within seconds").isTrue();
    assertThat(inFirm(() -> otherInstance.isRevoked(UUID.randomUUID())))
        .as("a live sign-in")
        .isFalse();
  }

  // --- helpers

  private record Session(String access, String refresh) {}

  private Session signIn() throws Exception {
    String address = Api.nextAddress();
    var response =
        mvc.perform(
                post("/api/auth/login")
                    .with(
                        request -> {
                          request.setRemoteAddr(address);
                          return request;
                        })
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                {"email":"%s","password":"%s","firm":"%s"}"""
                            .formatted(email, PASSWORD, subdomain)))
            .andExpect(status().isOk());
    String body = body(response);
    return new Session(JsonPath.read(body, "$.accessToken"), JsonPath.read(body, "$.refreshToken"));
  }

  private ResultActions refresh(String token) throws Exception {
    return mvc.perform(
        post("/api/auth/refresh")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"refreshToken\":\"%s\"}".formatted(token)));
  }

  private ResultActions bearer(MockHttpServletRequestBuilder request, String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token));
  }

  private void changeUser(String id, String json) throws Exception {
    var user = api.get("/api/users/{id}", id).andReturn().getResponse();
    api.perform(
            put("/api/users/{id}", id)
                .header("If-Match", user.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }

  private <T> T inFirm(Supplier<T> work) {
    var readOnly = new TransactionTemplate(transactionManager);
    readOnly.setReadOnly(true);
    return CurrentTenant.callAs(firm, () -> readOnly.execute(status -> work.get()));
  }

  private IdentitySettings withRevokedSessionsCacheFor(Duration cacheFor) {
    return new IdentitySettings(
        settings.issuer(),
        settings.accessTokenTtl(),
        settings.refreshTokenTtl(),
        settings.lockAfterFailures(),
        settings.lockFor(),
        settings.ipLockAfterFailures(),
        settings.ipLockFor(),
        settings.secureCookies(),
        settings.requestsPerMinute(),
        settings.authRequestsPerMinutePerIp(),
        settings.adminEmail(),
        settings.adminPassword(),
        settings.entraDefaultRole(),
        settings.entraOnboardTenants(),
        cacheFor,
        settings.principalCacheFor());
  }

  private String signWithStewardsKey(JwtClaimsSet.Builder claims) {
    var key = new SecretKeySpec(cipher.deriveKey("local-access-token-signing"), "HmacSHA256");
    var header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
    return new NimbusJwtEncoder(new ImmutableSecret<>(key))
        .encode(JwtEncoderParameters.from(header, claims.build()))
        .getTokenValue();
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
