package dev.steward.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A new local user; without a password, Steward makes a one-time one. */
@NullMarked
record RegisterRequest(
    @NotBlank(message = "is required")
        @Email(message = "is not a valid email address")
        @Size(max = 254)
        String email,
    @NotBlank(message = "is required") @Size(max = 200) String fullName,
    @NotNull(message = "is required: admin, user or viewer") Role role,
    @Size(max = 128) @Nullable String password) {}
