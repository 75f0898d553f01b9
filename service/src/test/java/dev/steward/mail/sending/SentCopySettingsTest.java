package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SentCopySettingsTest {

  @Test
  void isOffWithoutAHostAndDefaultsToImapsOnTheInbox() {
    assertThat(
            new SentCopySettings(null, null, null, null, null, null, null, null, null).configured())
        .isFalse();
    var settings =
        new SentCopySettings(
            "imap.harbour.example", null, null, "archive", "pw", " ", null, null, null);
    assertThat(settings.configured()).isTrue();
    assertThat(settings.port()).isEqualTo(993);
    assertThat(settings.folder()).isEqualTo("INBOX");
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
    var props = SentCopyMailbox.properties(settings);
    assertThat(props.getProperty("mail.store.protocol")).isEqualTo("imaps");
    assertThat(props.getProperty("mail.imaps.host")).isEqualTo("imap.harbour.example");
    assertThat(props.getProperty("mail.imaps.port")).isEqualTo("993");
    assertThat(props.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
  }

  @Test
  void startTlsIsRequiredNeverAFallBackToPlainText() {
    var settings =
        new SentCopySettings(
            "imap.harbour.example", null, "STARTTLS", "a", "b", "Sent Items", "", null, null);
    assertThat(settings.port()).isEqualTo(143);
    var props = SentCopyMailbox.properties(settings);
    assertThat(props.getProperty("mail.store.protocol")).isEqualTo("imap");
    assertThat(props.getProperty("mail.imap.starttls.required")).isEqualTo("true");
    assertThat(settings.describe()).isEqualTo("Sent Items on imap.harbour.example");
  }

  @Test
  void refusesAnUnknownSecurity() {
    assertThatThrownBy(
            () -> new SentCopySettings("h", null, "ssl", null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imaps, starttls or none");
  }
}
