package dev.steward.mail;

import dev.steward.campaigns.ResponseStatus;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An email (or call, letter, note) to file on contacts' timelines. An email with an {@code internetMessageId} is filed
 * once: filing it again links any new contacts to the same interaction. With a {@code campaignId} and a
 * {@code responseStatus}, the contacts' answers in that campaign are recorded too, as recorded from Outlook.
 */
record InteractionRequest(
    @NotNull(message = "is required: email, call, letter or note")
    @Pattern(regexp = "email|call|letter|note", message = "must be email, call, letter or note") String kind,
    @Pattern(regexp = "inbound|outbound", message = "must be inbound or outbound") String direction,
    @Size(max = 500) String subject,
    @Size(max = 10000) String summary,
    Instant occurredAt,
    @Size(max = 1000) String internetMessageId,
    @Size(max = 1000) String conversationId,
    UUID campaignId,
    ResponseStatus responseStatus,
    @NotEmpty(message = "name at least one contact") @Size(max = 50) List<@NotNull UUID> contactIds) {}
