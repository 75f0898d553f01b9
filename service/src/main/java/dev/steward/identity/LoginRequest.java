package dev.steward.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A local sign-in. {@code code} is the TOTP code when MFA is on; {@code recoveryCode} replaces it
 * when the phone is lost. {@code firm} names the firm (its subdomain) where one installation serves
 * several.
 */
record LoginRequest(
    @NotBlank(message = "is required") @Size(max = 254) String email,
    @NotBlank(message = "is required") @Size(max = 128) String password,
    @Size(max = 12) String code,
    @Size(max = 20) String recoveryCode,
    @Size(max = 63) String firm) {}
