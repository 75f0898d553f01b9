package dev.steward.campaigns;

import java.time.Instant;
import java.util.UUID;

/** One live campaign a contact belongs to, with the contact's response status in it. */
public record Membership(
    UUID campaignId,
    String campaignName,
    Channel channel,
    CampaignStatus campaignStatus,
    ResponseStatus status,
    Instant responseDate) {}
