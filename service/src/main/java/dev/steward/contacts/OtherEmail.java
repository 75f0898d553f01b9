package dev.steward.contacts;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;

/**
 * One of a contact's emails besides the primary one, with what it is for: work, home, mobile or
 * other.
 */
@NullMarked
public record OtherEmail(@Size(max = 254) String address, @Size(max = 20) String label) {}
