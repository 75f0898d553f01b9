package dev.steward.microsoft;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How Steward reaches Microsoft Graph ({@code steward.microsoft.*}, {@code STEWARD_MICROSOFT_*}).
 *
 * @param clientId the Entra application (client) id; Steward's API registration, the same as {@code
 *     STEWARD_ENTRA_CLIENT_ID} unless set apart
 * @param clientSecret the application's client secret; or else a certificate
 * @param certificate a PEM (certificate and private key) or PFX file the application proves itself
 *     with
 * @param certificatePassword the PFX file's password, if any
 * @param tenantId the Entra tenant of app-only calls for firms that name no Microsoft tenant of
 *     their own
 * @param authorityHost the Microsoft authority, the same as {@code STEWARD_ENTRA_AUTHORITY_HOST}
 *     unless set apart
 * @param graphBaseUrl Microsoft Graph's base URL, {@code https://graph.microsoft.com/v1.0} unless a
 *     sovereign cloud
 * @param graphScope the scope tokens are asked for, {@code https://graph.microsoft.com/.default}
 * @param trustedCertificates a PEM file of certificates to trust besides the JVM's own (a
 *     TLS-inspecting proxy)
 * @param maxRetries how often a call throttled (429) or refused as unavailable (503, 504) is tried
 *     again, honouring Retry-After; at most 10
 * @param timeout the longest one HTTP exchange with Microsoft may take
 * @param upload how files go up to OneDrive and SharePoint
 */
@ConfigurationProperties("steward.microsoft")
record MicrosoftSettings(
    String clientId,
    String clientSecret,
    Path certificate,
    String certificatePassword,
    String tenantId,
    String authorityHost,
    String graphBaseUrl,
    String graphScope,
    Path trustedCertificates,
    Integer maxRetries,
    Duration timeout,
    Upload upload) {

  /** Upload sessions move files in chunks that are multiples of this (Graph's rule). */
  static final long CHUNK_UNIT = 320 * 1024;

  MicrosoftSettings {
    clientId = blankToEmpty(clientId);
    clientSecret = blankToEmpty(clientSecret);
    certificatePassword = blankToEmpty(certificatePassword);
    tenantId = blankToEmpty(tenantId);
    authorityHost = withoutTrailingSlash(authorityHost, "https://login.microsoftonline.com");
    graphBaseUrl = withoutTrailingSlash(graphBaseUrl, "https://graph.microsoft.com/v1.0");
    graphScope =
        graphScope == null || graphScope.isBlank()
            ? "https://graph.microsoft.com/.default"
            : graphScope.strip();
    maxRetries = maxRetries == null ? 5 : maxRetries;
    timeout = timeout == null ? Duration.ofMinutes(2) : timeout;
    upload = upload == null ? new Upload(null, null, null, null) : upload;
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException(
          "STEWARD_MICROSOFT_MAX_RETRIES must be between 0 and 10, not " + maxRetries);
    }
    // azure-identity itself refuses an authority that is not https; said here at start, for a
    // configured Graph only
    // (sign-in alone accepts a plain-http test authority on this machine).
    boolean configured = !clientId.isEmpty() && (!clientSecret.isEmpty() || certificate != null);
    if (configured && !"https".equals(URI.create(authorityHost).getScheme())) {
      throw new IllegalArgumentException(
          "The Microsoft authority must be reached over https for Graph calls, not "
              + authorityHost
              + " (STEWARD_ENTRA_AUTHORITY_HOST or STEWARD_MICROSOFT_AUTHORITY_HOST)");
    }
    URI graph = URI.create(graphBaseUrl);
    if (!"https".equals(graph.getScheme())
        && !("http".equals(graph.getScheme()) && isLocal(graph.getHost()))) {
      throw new IllegalArgumentException(
          "STEWARD_MICROSOFT_GRAPH_BASE_URL must be an https:// URL, not " + graphBaseUrl);
    }
  }

  /**
   * Whether Steward can call Graph at all: an application id and a secret or certificate to prove
   * it with.
   */
  boolean configured() {
    return !clientId.isEmpty() && (!clientSecret.isEmpty() || certificate != null);
  }

  /** The host Graph calls go to; tokens are sent to this host only. */
  String graphHost() {
    return URI.create(graphBaseUrl).getHost();
  }

  /**
   * How files go up.
   *
   * @param simpleUploadLimit files up to this size go up in one PUT; larger ones through an upload
   *     session (4 MB)
   * @param chunkSize the size of an upload session's chunks, a multiple of 320 KiB (3200 KiB)
   * @param conflictBehavior what happens when the folder already holds a file of that name
   * @param resumeAttempts how often a failed upload session is resumed from what Graph says it
   *     still expects
   */
  record Upload(
      DataSize simpleUploadLimit,
      DataSize chunkSize,
      ConflictBehavior conflictBehavior,
      Integer resumeAttempts) {

    Upload {
      simpleUploadLimit = simpleUploadLimit == null ? DataSize.ofMegabytes(4) : simpleUploadLimit;
      chunkSize = chunkSize == null ? DataSize.ofBytes(10 * CHUNK_UNIT) : chunkSize;
      conflictBehavior = conflictBehavior == null ? ConflictBehavior.RENAME : conflictBehavior;
      resumeAttempts = resumeAttempts == null ? 3 : resumeAttempts;
      if (chunkSize.toBytes() <= 0
          || chunkSize.toBytes() % CHUNK_UNIT != 0
          || chunkSize.toBytes() > DataSize.ofMegabytes(60).toBytes()) {
        throw new IllegalArgumentException(
            "steward.microsoft.upload.chunk-size must be a multiple of 320KB (327680"
                + " bytes) and at most 60MB, not "
                + chunkSize.toBytes()
                + " bytes");
      }
      if (simpleUploadLimit.toBytes() < 0
          || simpleUploadLimit.toBytes() > DataSize.ofMegabytes(250).toBytes()) {
        throw new IllegalArgumentException(
            "steward.microsoft.upload.simple-upload-limit must be between 0 and 250MB");
      }
      if (resumeAttempts < 0) {
        throw new IllegalArgumentException(
            "steward.microsoft.upload.resume-attempts must not be negative");
      }
    }
  }

  /** What an upload does when its folder already holds a file of the same name. */
  enum ConflictBehavior {
    /** The new file gets a free name, such as "Report 1.xlsx". */
    RENAME,
    /** The new file replaces the old one, which keeps its history as an earlier version. */
    REPLACE,
    /** The upload fails. */
    FAIL;

    /** As Graph spells it in {@code @microsoft.graph.conflictBehavior}. */
    String graphValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static boolean isLocal(String host) {
    return "localhost".equals(host) || "127.0.0.1".equals(host);
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static String withoutTrailingSlash(String value, String fallback) {
    String text = value == null || value.isBlank() ? fallback : value.strip();
    return text.replaceAll("/+$", "");
  }
}
