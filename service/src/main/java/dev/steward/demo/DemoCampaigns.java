package dev.steward.demo;

import dev.steward.campaigns.CampaignStatus;
import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.Channel;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The sample firm's four campaigns, one per channel and state, with responses spread over the weeks
 * after sending.
 */
@Component
class DemoCampaigns {

  private final Campaigns campaigns;
  private final Clock clock = Clock.systemUTC();

  DemoCampaigns(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  /** Returns how many campaigns it created. */
  int load(List<UUID> individuals, List<UUID> businesses, List<UUID> estates, DemoPeople random) {
    LocalDate today = LocalDate.now(clock);

    var review =
        campaigns.create(
            "Spring retirement review",
            "Invitation to book an annual review of retirement plans and beneficiaries.",
            Channel.EMAIL,
            today.minusWeeks(10),
            CampaignStatus.COMPLETED);
    fill(
        review.id(),
        individuals.subList(0, 90),
        today.minusWeeks(10),
        8,
        55,
        20,
        10,
        RecordedVia.OUTLOOK,
        random);

    var seminar =
        campaigns.create(
            "Estate planning seminar invitations",
            "Printed invitations to the autumn seminar on wills, trusts and probate.",
            Channel.MAIL,
            today.minusWeeks(6),
            CampaignStatus.SENT);
    var seminarMembers = new ArrayList<>(individuals.subList(120, 190));
    seminarMembers.addAll(estates);
    fill(
        seminar.id(),
        seminarMembers,
        today.minusWeeks(6),
        5,
        35,
        12,
        8,
        RecordedVia.MANUAL,
        random);

    var calls =
        campaigns.create(
            "Annual policy check-in calls",
            "Phone round to business clients about their group policies.",
            Channel.PHONE,
            today.minusWeeks(3),
            CampaignStatus.SENT);
    var callMembers = new ArrayList<>(businesses);
    callMembers.addAll(individuals.subList(190, 220));
    fill(calls.id(), callMembers, today.minusWeeks(3), 3, 60, 25, 15, RecordedVia.MANUAL, random);

    var newsletter =
        campaigns.create(
            "Year-end tax tips newsletter",
            "Draft: the December letter on allowances and gifting before the tax year ends.",
            Channel.EMAIL,
            today.plusWeeks(2),
            CampaignStatus.DRAFT);
    campaigns.addMembers(newsletter.id(), individuals.subList(0, 150));
    return 4;
  }

  /**
   * Adds the members, then gives {@code respondedPercent} of them a response within {@code weeks}
   * of sending: of those, {@code convertedPercent} and {@code notInterestedPercent} (of all
   * members) end converted or not interested.
   */
  private void fill(
      UUID campaignId,
      List<UUID> members,
      LocalDate sent,
      int weeks,
      int respondedPercent,
      int convertedPercent,
      int notInterestedPercent,
      RecordedVia via,
      DemoPeople random) {
    campaigns.addMembers(campaignId, members);
    Instant sentAt = sent.atTime(9, 0).toInstant(ZoneOffset.UTC);
    long window =
        Math.max(
            1,
            Math.min(
                Duration.ofDays(weeks * 7L).toHours(),
                Duration.between(sentAt, clock.instant()).toHours() - 1));
    for (UUID member : members) {
      int roll = random.nextInt(100);
      if (roll >= respondedPercent) {
        continue;
      }
      ResponseStatus status =
          roll < convertedPercent
              ? ResponseStatus.CONVERTED
              : roll < convertedPercent + notInterestedPercent
                  ? ResponseStatus.NOT_INTERESTED
                  : ResponseStatus.RESPONDED;
      // Most replies come in the first days, a tail over the following weeks.
      long hours = (long) (window * Math.pow(random.nextInt(1000) / 1000.0, 2));
      campaigns.recordResponse(
          campaignId,
          member,
          status,
          sentAt.plus(Duration.ofHours(hours + 1)),
          via,
          status == ResponseStatus.NOT_INTERESTED
              ? "Not now; asked us to try again next year."
              : null);
    }
  }
}
