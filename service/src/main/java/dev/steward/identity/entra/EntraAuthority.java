package dev.steward.identity.entra;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/**
 * The Microsoft authority as seen by the decoder: a tenant's issuer, its OpenID metadata and its
 * signing keys.
 */
final class EntraAuthority {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String host;
  private final HttpClient http;

  EntraAuthority(String host) {
    this.host = host;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The exact {@code iss} of the tenant's v2 tokens. */
  String issuerOf(String tenantId) {
    return host + "/" + tenantId + "/v2.0";
  }

  /** Where the tenant publishes its signing keys, read from its OpenID metadata. */
  URI jwksUri(String tenantId) throws KeySourceException {
    URI metadataUri = URI.create(issuerOf(tenantId) + "/.well-known/openid-configuration");
    try {
      var metadata = JSONObjectUtils.parse(get(metadataUri));
      String issuer = JSONObjectUtils.getString(metadata, "issuer");
      if (!issuerOf(tenantId).equals(issuer)) {
        throw new KeySourceException(
            "the OpenID metadata of tenant "
                + tenantId
                + " names issuer "
                + issuer
                + ", not "
                + issuerOf(tenantId));
      }
      String jwksUri = JSONObjectUtils.getString(metadata, "jwks_uri");
      // Keys are only ever taken from the configured authority, whatever the metadata says.
      if (jwksUri == null || !jwksUri.startsWith(host + "/")) {
        throw new KeySourceException(
            "the OpenID metadata of tenant " + tenantId + " has no jwks_uri on " + host);
      }
      return URI.create(jwksUri);
    } catch (ParseException | IllegalArgumentException e) {
      throw new KeySourceException(
          "the OpenID metadata at " + metadataUri + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The keys published at {@code jwksUri}. */
  JWKSet keys(URI jwksUri) throws KeySourceException {
    try {
      return JWKSet.parse(get(jwksUri));
    } catch (ParseException e) {
      throw new KeySourceException(
          "the key set at " + jwksUri + " cannot be read: " + e.getMessage(), e);
    }
  }

  private String get(URI uri) throws KeySourceException {
    var request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new KeySourceException(uri + " answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new KeySourceException(uri + " cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeySourceException("interrupted while reading " + uri, e);
    }
  }
}
