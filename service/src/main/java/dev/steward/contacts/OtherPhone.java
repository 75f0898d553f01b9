package dev.steward.contacts;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;

/**
 * One of a contact's phones besides the primary one, with what it is for: work, home, mobile or
 * other.
 */
@NullMarked
public record OtherPhone(@Size(max = 50) String number, @Size(max = 20) String label) {}
