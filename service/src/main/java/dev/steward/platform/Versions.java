package dev.steward.platform;

import java.util.regex.Pattern;

/** Optimistic-locking versions carried as ETags ({@code "3"}) and If-Match headers. */
public final class Versions {

  private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

  private Versions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version the client edited: from If-Match when present, else from the body.
   *
   * @throws PreconditionRequiredException when neither is given
   */
  public static long expected(String ifMatch, Long bodyVersion) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      var matcher = ETAG.matcher(ifMatch.trim());
      if (!matcher.matches()) {
        throw InvalidInputException.of(
            "If-Match", "must be an ETag returned by this API, such as \"3\"");
      }
      return Long.parseLong(matcher.group(1));
    }
    if (bodyVersion != null) {
      return bodyVersion;
    }
    throw new PreconditionRequiredException();
  }

  /**
   * @throws ConflictException when the stored version moved on since the client read it
   */
  public static void check(String what, long expected, long current) {
    if (expected != current) {
      throw new ConflictException(
          what
              + " was changed by someone else since you opened it. Reload it, then apply your change again.",
          java.util.Map.of("currentVersion", current));
    }
  }
}
