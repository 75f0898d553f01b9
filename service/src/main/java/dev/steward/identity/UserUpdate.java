package dev.steward.identity;

import jakarta.validation.constraints.Size;

/** An admin's change to a user; null fields stay as they are. */
record UserUpdate(Role role, Boolean active, @Size(max = 200) String fullName, Long version) {}
