package dev.steward.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A user as admins see it. Secrets never leave the service. */
@NullMarked
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
    @Nullable Instant lastSignInAt,
    @Nullable Instant lockedUntil,
    Instant createdAt,
    long version) {}
