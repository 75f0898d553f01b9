/**
 * Signing in with Microsoft Entra ID: settings, the decoder that checks Entra v2 access tokens from
 * any allowed tenant, and the identity read from a checked token.
 */
package dev.steward.identity.entra;
