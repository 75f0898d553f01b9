package dev.steward.identity;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** An admin's change to a user; null fields stay as they are. */
@NullMarked
record UserUpdate(
    @Nullable Role role,
    @Nullable Boolean active,
    @Size(max = 200) @Nullable String fullName,
    @Nullable Long version) {}
