package dev.steward.mail.sending;

/**
 * Whether each way of sending works from this service now, in words an admin can act on.
 *
 * @param smtpProblem why SMTP cannot send, or null when it can
 * @param graphProblem why Microsoft 365 cannot send, or null when it can
 * @param unavailable why the firm's chosen transport cannot send, or null when it can
 * @param sentCopy what becomes of an SMTP mail cut short by a stop of the service (whether a
 *     sent-copy mailbox is checked)
 */
public record MailTransportStatus(
    String smtpProblem, String graphProblem, String unavailable, String sentCopy) {}
