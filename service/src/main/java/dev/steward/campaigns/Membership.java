package dev.steward.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One live campaign a contact belongs to, with the contact's response status in it.
 *
 * @param sendDate the day the campaign went (or goes) out; null when none is set
 */
@NullMarked
public record Membership(
    UUID campaignId,
    String campaignName,
    Channel channel,
    CampaignStatus campaignStatus,
    @Nullable LocalDate sendDate,
    ResponseStatus status,
    @Nullable Instant responseDate) {}
