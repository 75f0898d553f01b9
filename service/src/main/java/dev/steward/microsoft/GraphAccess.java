package dev.steward.microsoft;

import dev.steward.identity.CurrentUser;
import dev.steward.identity.EntraAccessToken;
import java.util.Objects;

/**
 * Whose rights a Graph call uses: the signed-in user's (on-behalf-of), or the application's own
 * (app-only).
 */
public sealed interface GraphAccess {

  /**
   * On behalf of the user of the current request, who must have signed in with Microsoft.
   *
   * @throws MicrosoftUnavailableException (reason {@code NEEDS_MICROSOFT_SIGN_IN}) for a local
   *     sign-in, whose user has no Microsoft token to act on
   */
  static GraphAccess signedInUser() {
    return CurrentUser.entraAccessToken()
        .<GraphAccess>map(OnBehalfOf::new)
        .orElseThrow(
            () ->
                new MicrosoftUnavailableException(
                    MicrosoftUnavailableException.Reason.NEEDS_MICROSOFT_SIGN_IN,
                    "This needs a Microsoft sign-in: Steward acts in "
                        + "Microsoft 365 on behalf of the signed-in user, and you signed in with a Steward password."));
  }

  /** On behalf of the user whose Entra access token this is. */
  static GraphAccess onBehalfOf(EntraAccessToken token) {
    return new OnBehalfOf(token);
  }

  /**
   * As the application itself, in {@code entraTenantId}, or in the configured tenant ({@code
   * STEWARD_MICROSOFT_TENANT_ID}) when null. The tenant's admin must have consented to the app's
   * application permissions.
   */
  static GraphAccess app(String entraTenantId) {
    return new App(entraTenantId);
  }

  /** The user's delegated rights, exchanged from the token their request came with. */
  record OnBehalfOf(EntraAccessToken token) implements GraphAccess {

    public OnBehalfOf {
      Objects.requireNonNull(token, "token");
    }
  }

  /** The application's own rights in a tenant (null: the configured one). */
  record App(String tenantId) implements GraphAccess {}
}
