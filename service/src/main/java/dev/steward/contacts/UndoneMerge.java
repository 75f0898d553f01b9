package dev.steward.contacts;

import org.jspecify.annotations.NullMarked;

/** Both contacts as an undone merge left them. */
@NullMarked
public record UndoneMerge(ContactView survivor, ContactView duplicate) {}
