package dev.steward.identity;

import java.time.Instant;
import java.util.UUID;

/** A user as admins see it. Secrets never leave the service. */
public record UserView(
    UUID id,
    String email,
    String fullName,
    Role role,
    boolean active,
    boolean microsoftAccount,
    boolean localPassword,
    boolean mfaEnabled,
    boolean mustChangePassword,
    Instant lastSignInAt,
    Instant lockedUntil,
    Instant createdAt,
    long version) {}
