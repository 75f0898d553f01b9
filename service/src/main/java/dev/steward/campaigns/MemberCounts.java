package dev.steward.campaigns;

/** How many of a campaign's members (live contacts only) stand at each response status. */
public record MemberCounts(long total, long pending, long responded, long converted, long notInterested) {

  public static final MemberCounts NONE = new MemberCounts(0, 0, 0, 0, 0);
}
