package dev.steward.contacts;

/** Both contacts as an undone merge left them. */
public record UndoneMerge(ContactView survivor, ContactView duplicate) {}
