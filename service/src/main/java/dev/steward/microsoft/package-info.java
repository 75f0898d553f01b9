/**
 * The one place that talks to Microsoft Graph: the Graph SDK client, azure-identity credentials on
 * behalf of the signed-in user (on-behalf-of, from the Entra token their request came with) or as
 * the app itself (client secret or certificate, for shared resources and background jobs), retries
 * on 429/503 with Retry-After, paging, and uploads into OneDrive and SharePoint. The authority host
 * and the Graph base URL are configuration, so that sovereign clouds work and tests stand WireMock
 * in for Microsoft. Other features use {@link dev.steward.microsoft.OneDrive} with a {@link
 * dev.steward.microsoft.GraphAccess}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Microsoft",
    allowedDependencies = {"identity", "platform"})
package dev.steward.microsoft;
