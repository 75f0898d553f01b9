package dev.steward.mail;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A message body as plain text, and who sent it (both optional: they help find the title and the
 * company).
 */
record SignatureRequest(
    @NotNull @Size(max = SignatureRequest.MAX_TEXT, message = "is longer than 50000 characters")
        String text,
    @Size(max = 320) String senderName,
    @Size(max = 320) String senderEmail) {

  static final int MAX_TEXT = 50_000;
}
