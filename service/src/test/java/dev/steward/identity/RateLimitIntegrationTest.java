package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

class RateLimitIntegrationTest extends IntegrationTest {

  @Autowired RateLimitBuckets buckets;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void onTheEmbeddedDatabaseTheBucketsStayInMemory() throws Exception {
    assertThat(buckets.isShared()).as("one instance only: its data folder is locked").isFalse();
  }

  @Test
  void sharedBucketsLiveInTheDatabaseAndTheExpiredOnesArePurged() throws Exception {
    var shared = RateLimitBuckets.shared(dataSource);
    assertThat(shared.tryTake("user:shared-test", 2).isConsumed()).isTrue();
    assertThat(
            RateLimitBuckets.shared(dataSource).tryTake("user:shared-test", 2).getRemainingTokens())
        .as("another instance's view of the same bucket")
        .isZero();
    assertThat(shared.tryTake("user:shared-test", 2).isConsumed()).isFalse();
    assertThat(
            jdbc.sql("select count(*) from rate_limit_buckets where id = 'user:shared-test'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    jdbc.sql(
            "insert into rate_limit_buckets (id, state, expires_at) values ('ip:expired-test', null, 1),"
                + " ('ip:live-test', null, 9000000000000)")
        .update();
    assertThat(shared.purgeExpired()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql("select id from rate_limit_buckets where id like 'ip:%-test'")
                .query(String.class)
                .list())
        .containsExactly("ip:live-test");
  }

  @Test
  void allowsOneHundredRequestsAMinutePerUserThenAnswers429() throws Exception {
    for (int i = 1; i <= 100; i++) {
      var response = api.get("/api/contacts?size=1").andReturn().getResponse();
      assertThat(response.getStatus()).as("request %d", i).isEqualTo(200);
      assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo(String.valueOf(100 - i));
    }
    api.get("/api/contacts?size=1")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(header().string("RateLimit-Limit", "100"))
        .andExpect(header().string("RateLimit-Remaining", "0"))
        .andExpect(header().string("RateLimit-Policy", "100;w=60"))
        .andExpect(jsonPath("$.title").value("Too many requests"));

    // Another user of the same firm has a budget of their own.
    signIn(firm, Role.USER).get("/api/contacts?size=1").andExpect(status().isOk());
  }

  @Test
  void limitsSignInAttemptsPerAddressMoreStrictly() throws Exception {
    int refused = 0;
    int limited = 0;
    for (int i = 0; i < 25; i++) {
      int status =
          mvc.perform(
                  post("/api/auth/login")
                      .with(
                          request -> {
                            request.setRemoteAddr("198.51.100.77");
                            return request;
                          })
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"email\":\"x@example.com\",\"password\":\"whatever-whatever\",\"firm\":\"nope\"}"))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status == 429) {
        limited++;
      } else {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(20);
    assertThat(limited).isEqualTo(5);
  }

  @Test
  void believesForwardedForOnlyFromTrustedProxies() throws Exception {
    // No proxy is trusted by default: a spoofed header changes nothing, so the limit still applies
    // to the caller.
    for (int i = 0; i < 20; i++) {
      int n = i;
      mvc.perform(
          post("/api/auth/login")
              .with(
                  request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                  })
              .header("X-Forwarded-For", "192.0.2." + n)
              .contentType(MediaType.APPLICATION_JSON)
              .content(
                  "{\"email\":\"x@example.com\",\"password\":\"whatever-whatever\",\"firm\":\"nope\"}"));
    }
    mvc.perform(
            post("/api/auth/login")
                .with(
                    request -> {
                      request.setRemoteAddr("203.0.113.9");
                      return request;
                    })
                .header("X-Forwarded-For", "192.0.2.250")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"email\":\"x@example.com\",\"password\":\"whatever-whatever\",\"firm\":\"nope\"}"))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.detail", containsString("Try again")));
  }
}
