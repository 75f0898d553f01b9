package dev.steward.platform.errors;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Request;
import java.util.regex.Pattern;

/**
 * Takes personal data out of what goes to Sentry: request bodies, cookies, headers and query
 * strings (a lookup's query names people's addresses), the user, extra data, and every email
 * address in messages, exceptions and breadcrumbs. What stays is the error: its type, its stack,
 * the request's method and path.
 */
final class SentryScrubber
    implements SentryOptions.BeforeSendCallback, SentryOptions.BeforeBreadcrumbCallback {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
  static final String HIDDEN = "[email]";

  @Override
  public SentryEvent execute(SentryEvent event, Hint hint) {
    Request request = event.getRequest();
    if (request != null) {
      request.setData(null);
      request.setCookies(null);
      request.setHeaders(null);
      request.setEnvs(null);
      request.setQueryString(null);
      request.setUrl(scrub(request.getUrl()));
    }
    event.setUser(null);
    event.setExtras(null);
    if (event.getMessage() != null) {
      event.getMessage().setFormatted(scrub(event.getMessage().getFormatted()));
      event.getMessage().setMessage(scrub(event.getMessage().getMessage()));
      event.getMessage().setParams(null);
    }
    if (event.getExceptions() != null) {
      event.getExceptions().forEach(exception -> exception.setValue(scrub(exception.getValue())));
    }
    if (event.getBreadcrumbs() != null) {
      event.getBreadcrumbs().forEach(breadcrumb -> execute(breadcrumb, hint));
    }
    return event;
  }

  @Override
  public Breadcrumb execute(Breadcrumb breadcrumb, Hint hint) {
    breadcrumb.setMessage(scrub(breadcrumb.getMessage()));
    breadcrumb
        .getData()
        .replaceAll((key, value) -> value instanceof String text ? scrub(text) : value);
    return breadcrumb;
  }

  static String scrub(String text) {
    return text == null ? null : EMAIL.matcher(text).replaceAll(HIDDEN);
  }
}
