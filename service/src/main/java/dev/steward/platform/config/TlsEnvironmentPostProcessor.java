package dev.steward.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Serves HTTPS when {@code STEWARD_TLS_CERT} and {@code STEWARD_TLS_KEY} name PEM files (a
 * certificate chain and its private key; {@code STEWARD_TLS_KEY_PASSWORD} if the key is encrypted).
 * They become a Spring Boot SSL bundle named {@value #BUNDLE} that the server uses. Office loads
 * add-ins only over HTTPS, so this is what sideloading needs. With neither set nothing changes;
 * with only one set the service refuses to start rather than quietly serving plain HTTP.
 */
public class TlsEnvironmentPostProcessor implements EnvironmentPostProcessor {

  static final String BUNDLE = "steward";
  private static final String PREFIX = "spring.ssl.bundle.pem." + BUNDLE + ".keystore.";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String cert = setting(environment, "steward.tls.cert");
    String key = setting(environment, "steward.tls.key");
    if (cert.isEmpty() && key.isEmpty()) {
      return;
    }
    if (cert.isEmpty() || key.isEmpty()) {
      throw new IllegalArgumentException(
          "Set both STEWARD_TLS_CERT and STEWARD_TLS_KEY (PEM files) to serve HTTPS, "
              + "or neither to serve plain HTTP; only "
              + (cert.isEmpty() ? "STEWARD_TLS_KEY" : "STEWARD_TLS_CERT")
              + " is set");
    }
    Map<String, Object> tls = new LinkedHashMap<>();
    tls.put(PREFIX + "certificate", location(cert, "STEWARD_TLS_CERT"));
    tls.put(PREFIX + "private-key", location(key, "STEWARD_TLS_KEY"));
    String password = setting(environment, "steward.tls.key-password");
    if (!password.isEmpty()) {
      tls.put(PREFIX + "private-key-password", password);
    }
    tls.put("server.ssl.bundle", BUNDLE);
    environment.getPropertySources().addFirst(new MapPropertySource("stewardTls", tls));
  }

  private static String setting(ConfigurableEnvironment environment, String name) {
    String value = environment.getProperty(name);
    return value == null ? "" : value.strip();
  }

  // A plain path is made a file: URL, because a bare path would be looked up on the classpath.
  // Checking it here
  // names the variable in the error instead of leaving a bundle loading failure deep in the
  // server's start.
  private static String location(String value, String variable) {
    if (value.startsWith("classpath:") || value.startsWith("file:")) {
      return value;
    }
    Path path = Path.of(value).toAbsolutePath();
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException(
          variable + " names " + path + ", which is not a readable file");
    }
    return path.toUri().toString();
  }
}
