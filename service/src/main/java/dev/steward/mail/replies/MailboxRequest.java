package dev.steward.mail.replies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A mailbox to read for replies: the firm's shared campaign mailbox, or a person who opted in. */
record MailboxRequest(
    @NotBlank(message = "is required: the mailbox's email address")
        @Email(message = "must be an email address, such as campaigns@firm.example")
        @Size(max = 320)
        String address,
    @NotBlank(message = "is required: shared or user")
        @Pattern(
            regexp = "shared|user",
            message = "must be shared (a campaign mailbox) or user (a person who opted in)")
        String kind) {}
