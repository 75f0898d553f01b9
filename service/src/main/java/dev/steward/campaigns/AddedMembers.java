package dev.steward.campaigns;

import org.jspecify.annotations.NullMarked;

/**
 * The outcome of adding contacts to a campaign: how many joined, and how many were members already.
 */
@NullMarked
public record AddedMembers(int added, int alreadyMembers) {}
