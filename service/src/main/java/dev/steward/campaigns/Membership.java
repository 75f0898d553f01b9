package dev.steward.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One live campaign a contact belongs to, with the contact's response status in it.
 *
 * @param sendDate the day the campaign went (or goes) out; null when none is set
 */
public record Membership(
    UUID campaignId,
    String campaignName,
    Channel channel,
    CampaignStatus campaignStatus,
    LocalDate sendDate,
    ResponseStatus status,
    Instant responseDate) {}
