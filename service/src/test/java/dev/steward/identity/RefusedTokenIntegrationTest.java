package dev.steward.identity;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.steward.identity.entra.FakeEntraAuthority.CLIENT_ID;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_A;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.steward.IntegrationTest;
import dev.steward.identity.credentials.SecretCipher;
import dev.steward.identity.entra.FakeEntraAuthority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every kind of refused bearer token gets the same answer, which names nothing from inside the
 * token checks: no audience, issuer, key id or tenant id, and none of the decoders' own words. The
 * reason goes to the log, and the token itself never does.
 */
class RefusedTokenIntegrationTest extends IntegrationTest {

  static final String ALLOWED_TENANT = TENANT_A;
  static final String OTHER_ALLOWED_TENANT = TENANT_B;
  static final String FOREIGN_TENANT = "c0ffee00-0bad-4bad-8bad-00000000beef";
  static final String OTHER_AUDIENCE = "00000003-0000-0000-c000-000000000000";
  static final String FOREIGN_ISSUER = "https://sts.windows.net/" + ALLOWED_TENANT + "/";
  static final String MADE_UP_KEY_ID = "made-up-key-id-7f3a";

  static final WireMockServer SERVER = new WireMockServer(wireMockConfig().dynamicPort());
  static final FakeEntraAuthority AUTHORITY;
  static final RSAKey KEY = FakeEntraAuthority.newKey("published-key-id-91c2");
  static final RSAKey UNPUBLISHED_KEY = FakeEntraAuthority.newKey(MADE_UP_KEY_ID);

  static {
    SERVER.start();
    AUTHORITY = new FakeEntraAuthority(SERVER);
    AUTHORITY.publishKeys(ALLOWED_TENANT, KEY);
    AUTHORITY.publishKeys(OTHER_ALLOWED_TENANT, KEY);
    AUTHORITY.publishKeys(FOREIGN_TENANT, KEY);
  }

  @DynamicPropertySource
  static void entra(DynamicPropertyRegistry registry) {
    registry.add("steward.entra.client-id", () -> CLIENT_ID);
    registry.add(
        "steward.entra.allowed-tenants", () -> ALLOWED_TENANT + "," + OTHER_ALLOWED_TENANT);
    registry.add("steward.entra.authority-host", SERVER::baseUrl);
  }

  @AfterAll
  static void stopTheAuthority() {
    SERVER.stop();
  }

  @Autowired SecretCipher cipher;
  @Autowired IdentitySettings settings;

  /** Loggers turned up to TRACE for the test, all into {@link #logged} (and not to the console). */
  private static final List<String> VERBOSE =
      List.of(
          "dev.steward",
          "org.springframework.security",
          "org.springframework.web",
          "com.nimbusds",
          "org.apache.catalina");

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Map<String, Level> levelsBefore = new LinkedHashMap<>();

  @BeforeEach
  void listenToEveryLog() {
    logged.start();
    root().addAppender(logged);
    for (String name : VERBOSE) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levelsBefore.put(name, logger.getLevel());
      logger.setLevel(Level.TRACE);
      logger.setAdditive(false);
      logger.addAppender(logged);
    }
  }

  @AfterEach
  void stopListening() {
    for (String name : VERBOSE) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.detachAppender(logged);
      logger.setAdditive(true);
      logger.setLevel(levelsBefore.get(name));
    }
    root().detachAppender(logged);
  }

  @Test
  void everyRefusedTokenGetsTheSameAnswerNamingNothingFromTheChecks() throws Exception {
    var refused = new LinkedHashMap<String, String>();
    refused.put(expiredLocalToken(), "expired");
    refused.put(forgedLocalToken(), "bad signature");
    refused.put(
        entraToken(AUTHORITY.validClaims(ALLOWED_TENANT).audience(OTHER_AUDIENCE), KEY),
        "wrong audience");
    refused.put(
        entraToken(
            AUTHORITY.validClaims(ALLOWED_TENANT).issuer(AUTHORITY.issuer(OTHER_ALLOWED_TENANT)),
            KEY),
        "wrong issuer");
    refused.put(
        entraToken(AUTHORITY.validClaims(ALLOWED_TENANT).issuer(FOREIGN_ISSUER), KEY),
        "wrong issuer");
    refused.put(entraToken(AUTHORITY.validClaims(ALLOWED_TENANT), UNPUBLISHED_KEY), "unknown key");
    refused.put(entraToken(AUTHORITY.validClaims(FOREIGN_TENANT), KEY), "tenant not allowed");
    Instant past = Instant.now().minus(Duration.ofHours(3));
    refused.put(
        entraToken(
            AUTHORITY
                .validClaims(ALLOWED_TENANT)
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1)))),
            KEY),
        "expired");
    refused.put(
        entraToken(AUTHORITY.validClaims(ALLOWED_TENANT).claim("scp", "User.Read"), KEY),
        "missing scope");
    refused.put("garbage-that-is-no-token", "malformed");
    refused.put("aGVhZGVy.Y2xhaW1z.c2lnbmF0dXJl", "malformed");
    refused.put("not a token at all", "malformed");

    for (var token : refused.keySet()) {
      String body =
          mvc.perform(get("/api/contacts").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
              .andExpect(status().isUnauthorized())
              .andExpect(
                  header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
              .andExpect(jsonPath("$.title").value("Unauthorized"))
              .andExpect(jsonPath("$.code").value("invalid_token"))
              .andExpect(jsonPath("$.detail").value(SignInEntryPoint.REFUSED))
              .andReturn()
              .getResponse()
              .getContentAsString();

      assertThat(body)
          .as("the answer to a token refused as %s", refused.get(token))
          .doesNotContain(
              CLIENT_ID,
              "api://",
              OTHER_AUDIENCE,
              SERVER.baseUrl(),
              "localhost",
              "sts.windows.net",
              ALLOWED_TENANT,
              OTHER_ALLOWED_TENANT,
              FOREIGN_TENANT,
              MADE_UP_KEY_ID,
              KEY.getKeyID(),
              "An error occurred",
              "Jwt",
              "jwt",
              "Nimbus",
              "claim")
          .doesNotContain(token);
    }

    List<String> reasons =
        logged.list.stream()
            .filter(event -> event.getLoggerName().equals(RefusedTokenLog.class.getName()))
            .filter(event -> event.getLevel() == Level.DEBUG)
            .map(ILoggingEvent::getFormattedMessage)
            .map(message -> message.substring(message.indexOf('(') + 1, message.indexOf(')')))
            .toList();
    assertThat(reasons).containsExactlyElementsOf(refused.values());
    assertThat(logged.list)
        .isNotEmpty()
        .allSatisfy(
            event -> {
              String text = everythingIn(event);
              for (String token : refused.keySet()) {
                assertThat(text).doesNotContain(token);
              }
            });
  }

  @Test
  void aRequestWithoutATokenIsAskedToSignIn() throws Exception {
    mvc.perform(get("/api/contacts"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
        .andExpect(jsonPath("$.detail").value("Sign in first."))
        .andExpect(jsonPath("$.code").doesNotExist());
  }

  @Test
  void aValidTokenIsStillAccepted() throws Exception {
    api.get("/api/contacts").andExpect(status().isOk());
  }

  // --- helpers

  /** A local token signed as Steward signs its own, but expired an hour ago. */
  private String expiredLocalToken() throws Exception {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.issuer())
            .subject(api.userId().toString())
            .issueTime(Date.from(past))
            .notBeforeTime(Date.from(past))
            .expirationTime(Date.from(past.plus(Duration.ofHours(1))))
            .jwtID(UUID.randomUUID().toString())
            .claim(LocalTokens.TENANT_CLAIM, firm.toString())
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(cipher.deriveKey("local-access-token-signing")));
    return jwt.serialize();
  }

  /** The signed-in admin's real token, with its claims changed to another user after signing. */
  private String forgedLocalToken() {
    String[] parts = api.accessToken().split("\\.");
    String claims =
        new String(Base64URL.from(parts[1]).decode())
            .replace(api.userId().toString(), UUID.randomUUID().toString());
    return parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
  }

  private static String entraToken(JWTClaimsSet.Builder claims, RSAKey key) {
    return FakeEntraAuthority.sign(claims.build(), key);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** A log event's message, arguments and exceptions (with their causes), as one text. */
  private static String everythingIn(ILoggingEvent event) {
    var text = new ArrayList<String>();
    text.add(event.getFormattedMessage());
    if (event.getArgumentArray() != null) {
      for (Object argument : event.getArgumentArray()) {
        text.add(String.valueOf(argument));
      }
    }
    for (IThrowableProxy thrown = event.getThrowableProxy();
        thrown != null;
        thrown = thrown.getCause()) {
      text.add(thrown.getClassName() + ": " + thrown.getMessage());
    }
    return String.join("\n", text);
  }
}
