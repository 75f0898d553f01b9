package dev.steward.identity;

import java.time.Instant;

/**
 * The Microsoft Entra access token a signed-in user's request came with, for calling Microsoft on
 * their behalf (on-behalf-of): the token is the assertion, exchanged in the user's own tenant.
 *
 * @param value the token as sent
 * @param tenantId the user's Entra tenant ({@code tid})
 * @param expiresAt when the token expires
 */
public record EntraAccessToken(String value, String tenantId, Instant expiresAt) {

  /** Never the token itself, so that logging this record cannot leak it. */
  @Override
  public String toString() {
    return "EntraAccessToken[tenantId=" + tenantId + ", expiresAt=" + expiresAt + "]";
  }
}
