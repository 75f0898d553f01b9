package dev.steward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
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
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 in the data folder when no external database is configured ({@code
 * steward.db.url} is blank), and points the datasource and Flyway at it. Registered in {@code
 * META-INF/spring.factories} because the database must exist before any bean that needs it.
 */
public class EmbeddedPostgresLauncher implements SmartApplicationListener {

  static final String DATABASE = "steward";
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
      var beanFactory = (DefaultListableBeanFactory) prepared.getApplicationContext().getBeanFactory();
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
    var dataDir = Path.of(env.getProperty("steward.data-dir", System.getProperty("user.home") + "/.steward"));
    boolean ephemeral = env.getProperty("steward.db.embedded-ephemeral", Boolean.class, false);
    int port = env.getProperty("steward.db.embedded-port", Integer.class, 0);
    database = EmbeddedDatabase.open(dataDir, ephemeral, port);
    String url = database.jdbcUrl();
    log.info("Embedded PostgreSQL is running on port {} with its data in {}", database.port(), dataDir);
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "stewardEmbeddedDatabase",
                Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", env.getProperty("steward.db.app-role", "steward_app"),
                    "spring.datasource.password", "",
                    "spring.flyway.url", url,
                    "spring.flyway.user", SUPERUSER,
                    "spring.flyway.password", "",
                    "steward.db.embedded", "true")));
  }

  static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (var rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (var create = connection.createStatement()) {
            create.execute("create database " + DATABASE);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the embedded database: " + e.getMessage(), e);
    }
  }

  static EmbeddedPostgres startPostgres(Path pgData, boolean ephemeral, int port) throws IOException {
    var builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(ephemeral)
            .setRegisterShutdownHook(true)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8");
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
    return builder.start();
  }
}
