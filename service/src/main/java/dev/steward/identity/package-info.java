/**
 * Who is signing in and what they may do: users and roles, local sign-in with TOTP MFA, Microsoft
 * Entra ID tokens, the security filter chain, sign-in lockout and rate limits. Other features use
 * {@link dev.steward.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"platform", "tenancy"})
package dev.steward.identity;
