package dev.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.platform.web.WebSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

  private static MockHttpServletRequest from(String remote, String forwardedFor) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(remote);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    return request;
  }

  @Test
  void ignoresForwardedForWhenNoProxyIsTrusted() {
    var addresses = behind(List.of());
    assertThat(addresses.of(from("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
  }

  @Test
  void takesTheNearestUntrustedHopBehindTrustedProxies() {
    var addresses = behind(List.of("10.0.0.0/8", "127.0.0.1"));
    assertThat(addresses.of(from("127.0.0.1", "198.51.100.7, 10.1.2.3"))).isEqualTo("198.51.100.7");
    // A client cannot hide behind an address it wrote into the header itself.
    assertThat(addresses.of(from("10.0.0.9", "6.6.6.6, 198.51.100.7"))).isEqualTo("198.51.100.7");
  }

  @Test
  void ignoresForwardedForFromAnUntrustedPeer() {
    var addresses = behind(List.of("10.0.0.0/8"));
    assertThat(addresses.of(from("203.0.113.5", "10.1.1.1"))).isEqualTo("203.0.113.5");
  }

  @Test
  void fallsBackToTheLastProxyWhenEveryHopIsTrusted() {
    var addresses = behind(List.of("10.0.0.0/8"));
    assertThat(addresses.of(from("10.0.0.2", "10.0.0.1"))).isEqualTo("10.0.0.1");
  }

  private static ClientAddress behind(List<String> trustedProxies) {
    return new ClientAddress(new WebSettings("https://crm.example.com", trustedProxies));
  }
}
