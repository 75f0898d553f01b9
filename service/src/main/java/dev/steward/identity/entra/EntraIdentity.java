package dev.steward.identity.entra;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a checked Entra access token speaks for.
 *
 * @param tenantId the user's Entra tenant ({@code tid})
 * @param objectId the user's immutable id in that tenant ({@code oid}), the same as the Graph user
 *     id
 * @param preferredUsername the sign-in name ({@code preferred_username}, else {@code email}, else
 *     {@code upn}); may be null and may change over time, so it is never a key
 * @param name the display name ({@code name}); may be null
 * @param roles the app roles granted to the user ({@code roles}); empty when none
 * @param scopes the delegated scopes granted to the calling app ({@code scp})
 */
public record EntraIdentity(
    UUID tenantId,
    UUID objectId,
    String preferredUsername,
    String name,
    List<String> roles,
    Set<String> scopes) {

  public EntraIdentity {
    roles = List.copyOf(roles);
    scopes = Set.copyOf(scopes);
  }

  /** The identity in a token that {@link EntraJwtDecoder} accepted. */
  public static EntraIdentity from(Jwt jwt) {
    List<String> roles = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
    return new EntraIdentity(
        guid(jwt, "tid"),
        guid(jwt, "oid"),
        Stream.of("preferred_username", "email", "upn")
            .map(jwt::getClaimAsString)
            .filter(value -> value != null && !value.isBlank())
            .findFirst()
            .orElse(null),
        jwt.getClaimAsString("name"),
        roles,
        Set.copyOf(EntraTokenRules.scopes(jwt)));
  }

  private static UUID guid(Jwt jwt, String claim) {
    String value = jwt.getClaimAsString(claim);
    if (!EntraSettings.isGuid(value)) {
      throw new IllegalArgumentException("the token's " + claim + " claim is not a GUID: " + value);
    }
    return UUID.fromString(value);
  }
}
