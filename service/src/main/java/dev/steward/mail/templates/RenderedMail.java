package dev.steward.mail.templates;

/** One member's mail, merged: exactly what is sent. */
public record RenderedMail(String subject, String html, String text) {}
