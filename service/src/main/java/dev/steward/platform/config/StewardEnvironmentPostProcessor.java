package dev.steward.platform.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps Steward's own switches onto Spring settings: {@code STEWARD_LOG_FORMAT=json} to structured
 * logs, {@code STEWARD_MANAGEMENT_PORT} to the actuator's own port with the Prometheus endpoint,
 * and the {@code --demo} flag to {@code steward.demo=true}.
 */
public class StewardEnvironmentPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> derived = new HashMap<>();
    String logFormat =
        environment.getProperty("steward.log.format", "text").trim().toLowerCase(Locale.ROOT);
    switch (logFormat) {
      case "json" -> derived.put("logging.structured.format.console", "ecs");
      case "text", "" -> {}
      default ->
          throw new IllegalArgumentException(
              "STEWARD_LOG_FORMAT must be 'text' or 'json', not '" + logFormat + "'");
    }
    String managementPort = environment.getProperty("steward.management.port", "").trim();
    if (!managementPort.isEmpty()) {
      // The actuator moves to its own port, on the loopback address unless told otherwise, where
      // Prometheus scrapes
      // it; the public port keeps only /livez and /readyz.
      derived.put("management.server.port", managementPort);
      derived.put(
          "management.server.address",
          environment.getProperty("steward.management.bind", "127.0.0.1"));
      derived.put("management.endpoints.web.exposure.include", "health,prometheus");
      derived.put("management.endpoint.health.probes.add-additional-paths", "true");
    }
    if (environment.containsProperty("demo")
        && !"false".equalsIgnoreCase(environment.getProperty("demo"))) {
      derived.put("steward.demo", "true");
    }
    if (!derived.isEmpty()) {
      environment.getPropertySources().addFirst(new MapPropertySource("stewardDerived", derived));
    }
  }
}
