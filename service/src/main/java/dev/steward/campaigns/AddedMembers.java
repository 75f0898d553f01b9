package dev.steward.campaigns;

/**
 * The outcome of adding contacts to a campaign: how many joined, and how many were members already.
 */
public record AddedMembers(int added, int alreadyMembers) {}
