package dev.steward.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * How STEWARD_TLS_CERT and STEWARD_TLS_KEY, given as environment variables, become Spring's SSL
 * bundle settings.
 */
class TlsEnvironmentPostProcessorTest {

  @TempDir Path folder;

  private final TlsEnvironmentPostProcessor processor = new TlsEnvironmentPostProcessor();

  @Test
  void mapsBothPemFilesToAnSslBundleTheServerUses() throws Exception {
    Path cert = Files.writeString(folder.resolve("cert.pem"), "x");
    Path key = Files.writeString(folder.resolve("key.pem"), "x");
    var environment =
        environment(
            Map.of(
                "STEWARD_TLS_CERT",
                cert.toString(),
                "STEWARD_TLS_KEY",
                key.toString(),
                "STEWARD_TLS_KEY_PASSWORD",
                "secret"));

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("server.ssl.bundle")).isEqualTo("steward");
    assertThat(environment.getProperty("spring.ssl.bundle.pem.steward.keystore.certificate"))
        .isEqualTo(cert.toUri().toString());
    assertThat(environment.getProperty("spring.ssl.bundle.pem.steward.keystore.private-key"))
        .isEqualTo(key.toUri().toString());
    assertThat(
            environment.getProperty("spring.ssl.bundle.pem.steward.keystore.private-key-password"))
        .isEqualTo("secret");
  }

  @Test
  void leavesPlainHttpAloneWhenNeitherIsSet() {
    var environment = environment(Map.of());

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.containsProperty("server.ssl.bundle")).isFalse();
    assertThat(environment.getPropertySources().contains("stewardTls")).isFalse();
  }

  @Test
  void refusesToStartWithOnlyTheCertificate() throws Exception {
    Path cert = Files.writeString(folder.resolve("cert.pem"), "x");
    var environment = environment(Map.of("STEWARD_TLS_CERT", cert.toString()));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
        .withMessageContaining("STEWARD_TLS_KEY");
  }

  @Test
  void namesTheVariableWhoseFileIsMissing() throws Exception {
    Path cert = Files.writeString(folder.resolve("cert.pem"), "x");
    var environment =
        environment(
            Map.of(
                "STEWARD_TLS_CERT",
                cert.toString(),
                "STEWARD_TLS_KEY",
                folder.resolve("nowhere.pem").toString()));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
        .withMessageContaining("STEWARD_TLS_KEY")
        .withMessageContaining("nowhere.pem");
  }

  private static StandardEnvironment environment(Map<String, Object> variables) {
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addLast(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    return environment;
  }
}
