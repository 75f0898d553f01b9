package dev.steward.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A local sign-in. {@code code} is the TOTP code when MFA is on; {@code recoveryCode} replaces it
 * when the phone is lost. {@code firm} names the firm (its subdomain) where one installation serves
 * several.
 */
@NullMarked
record LoginRequest(
    @NotBlank(message = "is required") @Size(max = 254) String email,
    @NotBlank(message = "is required") @Size(max = 128) String password,
    @Size(max = 12) @Nullable String code,
    @Size(max = 20) @Nullable String recoveryCode,
    @Size(max = 63) @Nullable String firm) {}
