package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start-up banner names the address Steward really serves, not the add-ins' public URL. */
class FirstAdminBootstrapTest {

  @Test
  void aPlainHttpServiceOnLoopbackIsHttpLocalhostOnItsListeningPort() {
    var environment =
        new MockEnvironment()
            .withProperty("server.address", "127.0.0.1")
            .withProperty("server.port", "8080")
            .withProperty("steward.public-url", "https://localhost:8080");
    assertThat(banner(environment).servedUrl()).isEqualTo("http://localhost:8080");

    environment.withProperty("local.server.port", "54321");
    assertThat(banner(environment).servedUrl())
        .as("the port it really listens on")
        .isEqualTo("http://localhost:54321");
  }

  @Test
  void aServiceWithItsOwnCertificateIsHttps() {
    var environment =
        new MockEnvironment()
            .withProperty("server.ssl.bundle", "steward")
            .withProperty("server.port", "8443");
    assertThat(banner(environment).servedUrl()).isEqualTo("https://localhost:8443");
  }

  @Test
  void aServiceBoundToOneAddressNamesIt() {
    assertThat(banner(new MockEnvironment().withProperty("server.address", "0.0.0.0")).servedUrl())
        .isEqualTo("http://localhost:8080");
    assertThat(
            banner(new MockEnvironment().withProperty("server.address", "192.0.2.10")).servedUrl())
        .isEqualTo("http://192.0.2.10:8080");
    assertThat(
            banner(new MockEnvironment().withProperty("server.address", "2001:db8::10"))
                .servedUrl())
        .isEqualTo("http://[2001:db8::10]:8080");
  }

  private static FirstAdminBootstrap banner(MockEnvironment environment) {
    return new FirstAdminBootstrap(null, null, null, null, environment);
  }
}
