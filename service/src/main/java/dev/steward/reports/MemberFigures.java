package dev.steward.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's members by where their response stands, with its rates as {@link Definitions}
 * defines them. {@code responded} counts every member whose status is responded, converted or not
 * interested. The rates are decimals with four places (0.25 means 25%), and null for a draft
 * campaign, which is never in a rate.
 */
@NullMarked
public record MemberFigures(
    long total,
    long pending,
    long responded,
    long converted,
    long notInterested,
    @Nullable BigDecimal responseRate,
    @Nullable BigDecimal conversionRate) {

  public static final MemberFigures NONE = new MemberFigures(0, 0, 0, 0, 0, null, null);

  static MemberFigures of(
      long total, long pending, long responded, long converted, long notInterested, boolean sent) {
    return new MemberFigures(
        total,
        pending,
        responded,
        converted,
        notInterested,
        sent ? Definitions.rate(responded, total) : null,
        sent ? Definitions.rate(converted, total) : null);
  }

  /** Members whose status is plain "responded": neither converted nor not interested. */
  public long otherResponses() {
    return responded - converted - notInterested;
  }
}
