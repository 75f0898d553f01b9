package dev.steward.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sender or recipient of an email: the address, and the name shown with it (may be empty). */
public record Participant(
    @NotBlank(message = "is required") @Size(max = 320) String address,
    @Size(max = 500) String name) {}
