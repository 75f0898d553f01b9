package dev.steward.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings, from {@code steward.auth.*} ({@code STEWARD_AUTH_*}).
 *
 * @param adminEmail the first admin's email, created at first start ({@code STEWARD_ADMIN_EMAIL}
 *     also works)
 * @param entraDefaultRole the role of a Microsoft user provisioned on first sign-in, when the token
 *     has no app role
 * @param entraOnboardTenants let an allowed Entra tenant that Steward does not know yet create its
 *     firm at first sign-in
 * @param revokedSessionsCacheFor how long an instance trusts its copy of a firm's ended sign-ins:
 *     the longest an ended sign-in's access token still works on another instance
 * @param principalCacheFor how long an instance reuses a token's resolved user and firm: the
 *     longest a change made on another instance (a role, a deactivation) waits to take effect there
 */
@ConfigurationProperties("steward.auth")
public record IdentitySettings(
    @DefaultValue("steward") String issuer,
    @DefaultValue("15m") Duration accessTokenTtl,
    @DefaultValue("7d") Duration refreshTokenTtl,
    @DefaultValue("5") int lockAfterFailures,
    @DefaultValue("15m") Duration lockFor,
    @DefaultValue("20") int ipLockAfterFailures,
    @DefaultValue("15m") Duration ipLockFor,
    @DefaultValue("true") boolean secureCookies,
    @DefaultValue("100") int requestsPerMinute,
    @DefaultValue("20") int authRequestsPerMinutePerIp,
    @DefaultValue("") String adminEmail,
    @DefaultValue("") String adminPassword,
    @DefaultValue("user") Role entraDefaultRole,
    @DefaultValue("false") boolean entraOnboardTenants,
    @DefaultValue("2s") Duration revokedSessionsCacheFor,
    @DefaultValue("5s") Duration principalCacheFor) {}
