package dev.steward.platform.database;

import dev.steward.platform.DataFolder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 in the data folder when no external database is configured
 * ({@code steward.db.url} is blank), and points the datasource and Flyway at it. Registered in
 * {@code META-INF/spring.factories} because the database must exist before any bean that needs it.
 */
public class EmbeddedPostgresLauncher implements SmartApplicationListener {

  static final String DATABASE = "steward";

  /** The service's database role unless {@code STEWARD_DB_APP_ROLE} names another. */
  static final String DEFAULT_APP_ROLE = "steward_app";

  static final String SUPERUSER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

  private EmbeddedDatabase database;

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
    return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
        || ApplicationPreparedEvent.class.isAssignableFrom(eventType)
        || ApplicationFailedEvent.class.isAssignableFrom(eventType);
  }

  /** After logging is set up, so that what the database prints reaches the configured log. */
  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      start(prepared.getEnvironment());
    } else if (event instanceof ApplicationPreparedEvent prepared && database != null) {
      // Registered first, so destroyed last: after the connection pool has closed.
      var beanFactory =
          (DefaultListableBeanFactory) prepared.getApplicationContext().getBeanFactory();
      beanFactory.registerSingleton("stewardEmbeddedDatabase", database);
      beanFactory.registerDisposableBean("stewardEmbeddedDatabase", database);
    } else if (event instanceof ApplicationFailedEvent && database != null) {
      database.destroy();
    }
  }

  private void start(ConfigurableEnvironment env) {
    if (StringUtils.hasText(env.getProperty("steward.db.url"))) {
      return;
    }
    var dataDir = DataFolder.of(env);
    boolean ephemeral = env.getProperty("steward.db.embedded-ephemeral", Boolean.class, false);
    int port = env.getProperty("steward.db.embedded-port", Integer.class, 0);
    String appRole = appRole(env);
    database = EmbeddedDatabase.open(dataDir, ephemeral, port, appRole);
    String url = database.jdbcUrl();
    log.info(
        "Embedded PostgreSQL is running on port {} with its data in {}; its roles' passwords are in {}",
        database.port(),
        dataDir,
        database.passwordFile());
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "stewardEmbeddedDatabase",
                Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", appRole,
                    "spring.datasource.password", database.appRolePassword(),
                    "spring.flyway.url", url,
                    "spring.flyway.user", SUPERUSER,
                    "spring.flyway.password", database.superuserPassword(),
                    "steward.db.embedded", "true")));
  }

  /**
   * Starts PostgreSQL on the loopback address only. {@code access} adds how it is reached (a
   * password, or the private socket while passwords are set up) and writes the matching pg_hba.conf
   * between initdb and the start.
   */
  static EmbeddedPostgres startPostgres(
      Path pgData, boolean ephemeral, int port, UnaryOperator<Builder> access) throws IOException {
    var builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(ephemeral)
            .setRegisterShutdownHook(true)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("password_encryption", "scram-sha-256");
    if (!ephemeral) {
      // The builder turns durability off for tests; a firm's data needs it on.
      builder
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    }
    if (port > 0) {
      builder.setPort(port);
    }
    return access.apply(builder).start();
  }

  /**
   * The service's database role ({@code STEWARD_DB_APP_ROLE}), read here since it is needed before
   * any application context exists.
   */
  public static String appRole(PropertyResolver properties) {
    return properties.getProperty("steward.db.app-role", DEFAULT_APP_ROLE);
  }
}
