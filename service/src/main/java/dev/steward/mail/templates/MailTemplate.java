package dev.steward.mail.templates;

/**
 * A campaign's mail as the firm wrote it: the subject and plain-text part are Thymeleaf TEXT
 * templates, the HTML part a Thymeleaf HTML template. Rendered only in the sandbox of {@link
 * SandboxedTemplates}.
 */
public record MailTemplate(String subject, String html, String text) {}
