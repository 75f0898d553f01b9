package dev.steward.platform.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps Steward's own switches onto Spring settings: {@code STEWARD_LOG_FORMAT=json} to structured logs, and the
 * {@code --demo} flag to {@code steward.demo=true}.
 */
public class StewardEnvironmentPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> derived = new HashMap<>();
    String logFormat = environment.getProperty("steward.log.format", "text").trim().toLowerCase(Locale.ROOT);
    switch (logFormat) {
      case "json" -> derived.put("logging.structured.format.console", "ecs");
      case "text", "" -> { }
      default -> throw new IllegalArgumentException(
          "STEWARD_LOG_FORMAT must be 'text' or 'json', not '" + logFormat + "'");
    }
    if (environment.containsProperty("demo") && !"false".equalsIgnoreCase(environment.getProperty("demo"))) {
      derived.put("steward.demo", "true");
    }
    if (!derived.isEmpty()) {
      environment.getPropertySources().addFirst(new MapPropertySource("stewardDerived", derived));
    }
  }
}
