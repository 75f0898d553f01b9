package dev.steward.mail.sending;

/**
 * What a transport knows of a mail it handed over: its Internet message id, and through Graph its
 * other ids.
 */
record Delivered(String internetMessageId, String conversationId, String graphMessageId) {}
