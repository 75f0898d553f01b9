package dev.steward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

  @Test
  void publicUrlMustBeAnAddressWithoutPath() {
    assertThat(new WebSettings("https://crm.example.com/", List.of()).publicUrl())
        .isEqualTo("https://crm.example.com");
    assertThat(new WebSettings("https://localhost:8443", List.of()).publicUrl())
        .isEqualTo("https://localhost:8443");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebSettings("crm.example.com", List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebSettings("https://crm.example.com/steward", List.of()));
  }

  @Test
  void publicHostIsTheUrlsHostName() {
    assertThat(new WebSettings("https://crm.example.com:8443", List.of()).publicHost())
        .isEqualTo("crm.example.com");
  }

  @Test
  void trustedProxiesAreTrimmedAndBlanksDropped() {
    assertThat(
            new WebSettings("https://crm.example.com", List.of(" 10.0.0.0/8", "", "127.0.0.1 "))
                .trustedProxies())
        .containsExactly("10.0.0.0/8", "127.0.0.1");
  }
}
