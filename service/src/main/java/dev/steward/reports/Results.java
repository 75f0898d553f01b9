package dev.steward.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.NullMarked;

/**
 * Members of a slice (a channel, a contact type) of campaigns that were sent, how many responded
 * (any status but pending), converted and were not interested, and the slice's rates (four
 * decimals; 0 without members).
 */
@NullMarked
public record Results(
    long members,
    long pending,
    long responded,
    long converted,
    long notInterested,
    BigDecimal responseRate,
    BigDecimal conversionRate) {

  static final Results NONE = of(0, 0, 0, 0, 0);

  static Results of(
      long members, long pending, long responded, long converted, long notInterested) {
    return new Results(
        members,
        pending,
        responded,
        converted,
        notInterested,
        Definitions.rate(responded, members),
        Definitions.rate(converted, members));
  }

  /** Members whose status is plain "responded": neither converted nor not interested. */
  public long otherResponses() {
    return responded - converted - notInterested;
  }
}
