package dev.steward.microsoft;

import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Runs a Graph call and turns whatever it throws into a {@link GraphCallException} that says what
 * failed.
 */
final class GraphFailures {

  private GraphFailures() {}

  static <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (GraphCallException | MicrosoftUnavailableException e) {
      throw e;
    } catch (ODataError e) {
      var error = e.getError();
      String code = error == null ? null : error.getCode();
      String message =
          error == null || error.getMessage() == null ? e.getMessage() : error.getMessage();
      throw new GraphCallException(
          what
              + " failed: Microsoft Graph answered "
              + e.getResponseStatusCode()
              + (code == null ? "" : " " + code)
              + (message == null ? "" : " (" + message + ")"),
          e.getResponseStatusCode(),
          code,
          retryAfter(e),
          e);
    } catch (ApiException e) {
      throw new GraphCallException(
          what + " failed: Microsoft Graph answered " + e.getResponseStatusCode(),
          e.getResponseStatusCode(),
          null,
          retryAfter(e),
          e);
    } catch (ClientAuthenticationException e) {
      throw new GraphCallException(
          what
              + " failed: Microsoft refused Steward's credentials or the user's token ("
              + firstLine(e.getMessage())
              + ")",
          401,
          "authenticationFailed",
          e);
    } catch (UncheckedIOException e) {
      throw unreachable(what, e.getCause());

    } catch (RuntimeException e) {
      if (authentication(e) instanceof ClientAuthenticationException refused) {
        throw new GraphCallException(
            what
                + " failed: Microsoft refused Steward's credentials or the user's token ("
                + firstLine(refused.getMessage())
                + ")",
            401,
            "authenticationFailed",
            e);
      }
      if (e.getCause() instanceof IOException io) {
        throw unreachable(what, io);
      }
      // The SDK reads every error answer as Graph's JSON error; an answer of another kind (a
      // proxy's HTML or text
      // page) fails inside the SDK instead, without its status.
      if (e.getStackTrace().length > 0
          && e.getStackTrace()[0].getClassName().startsWith("com.microsoft.kiota")) {
        throw new GraphCallException(
            what
                + " failed: Microsoft Graph, or a proxy in the way, answered with an error "
                + "that is not Graph's ("
                + e.getMessage()
                + ")",
            0,
            null,
            e);
      }
      throw e;
    }
  }

  /** Graph's Retry-After in seconds, when the answer had one. */
  private static java.time.Duration retryAfter(ApiException e) {
    var headers = e.getResponseHeaders();
    if (headers == null) {
      return null;
    }
    for (var entry : headers.entrySet()) {
      if ("retry-after".equalsIgnoreCase(entry.getKey()) && !entry.getValue().isEmpty()) {
        try {
          return java.time.Duration.ofSeconds(
              Long.parseLong(entry.getValue().iterator().next().strip()));
        } catch (NumberFormatException notSeconds) {
          return null;
        }
      }
    }
    return null;
  }

  static GraphCallException unreachable(String what, IOException e) {
    return new GraphCallException(
        what + " failed: Microsoft could not be reached (" + e.getMessage() + ")", 0, null, e);
  }

  private static Throwable authentication(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ClientAuthenticationException) {
        return cause;
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no reason given";
    }
    String line = text.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
