package dev.steward.mail.tracked;

import jakarta.validation.constraints.Size;

/**
 * Records a tracked mail as sent.
 *
 * @param subject the subject it was sent with
 * @param internetMessageId its Message-ID, when the client knows it
 */
record TrackedSentRequest(
    @Size(max = 500) String subject, @Size(max = 1000) String internetMessageId) {}
