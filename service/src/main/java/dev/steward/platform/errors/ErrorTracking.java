package dev.steward.platform.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import io.sentry.logback.SentryAppender;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends errors to Sentry when {@code SENTRY_DSN} is set, and does nothing otherwise: every log line
 * at ERROR becomes an event (with the INFO lines before it as breadcrumbs), scrubbed of personal
 * data by {@link SentryScrubber}, with Sentry's own collection of personal data ({@code
 * sendDefaultPii}) off.
 */
@Component
class ErrorTracking implements DisposableBean {

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(ErrorTracking.class);

  private final SentryAppender appender;

  ErrorTracking(Environment environment, ObjectProvider<BuildProperties> build) {
    String dsn = environment.getProperty("sentry.dsn", environment.getProperty("SENTRY_DSN", ""));
    if (!StringUtils.hasText(dsn)) {
      appender = null;
      return;
    }
    var scrubber = new SentryScrubber();
    Sentry.init(
        options -> {
          options.setDsn(dsn);
          options.setSendDefaultPii(false);
          options.setBeforeSend(scrubber);
          options.setBeforeBreadcrumb(scrubber);
          options.setEnvironment(environment.getProperty("sentry.environment", "production"));
          var properties = build.getIfAvailable();
          if (properties != null) {
            options.setRelease("steward@" + properties.getVersion());
          }
        });
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    appender = new SentryAppender();
    appender.setName("SENTRY");
    appender.setContext(context);
    appender.setMinimumEventLevel(Level.ERROR);
    appender.setMinimumBreadcrumbLevel(Level.INFO);
    appender.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    log.info("Errors are reported to Sentry, without personal data");
  }

  boolean enabled() {
    return appender != null;
  }

  @Override
  public void destroy() {
    if (appender != null) {
      var context = (LoggerContext) LoggerFactory.getILoggerFactory();
      context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
      appender.stop();
      Sentry.close();
    }
  }
}
