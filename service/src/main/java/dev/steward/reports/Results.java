package dev.steward.reports;

/** Members of a slice (a channel, a contact type), how many answered at all, and how many converted. */
public record Results(long members, long responded, long converted) {

  static final Results NONE = new Results(0, 0, 0);
}
