package dev.steward.mail.sending;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.Contacts;
import dev.steward.contacts.MailRecipient;
import dev.steward.mail.templates.CampaignMail;
import dev.steward.mail.templates.MailTemplates;
import dev.steward.platform.ConflictException;
import dev.steward.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a campaign's send, and what the campaign page shows of it. The send job does the
 * sending.
 */
@Service
class SendService {

  private static final int PROBLEMS_SHOWN = 50;

  private final Campaigns campaigns;
  private final Contacts contacts;
  private final CampaignMail mail;
  private final MailTemplates templates;
  private final SendMembers members;
  private final SendTallies tallies;
  private final CampaignSends sends;
  private final FirmMailSettingsStore firmSettings;
  private final Transports transports;

  SendService(
      Campaigns campaigns,
      Contacts contacts,
      CampaignMail mail,
      MailTemplates templates,
      SendMembers members,
      SendTallies tallies,
      CampaignSends sends,
      FirmMailSettingsStore firmSettings,
      Transports transports) {
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.mail = mail;
    this.templates = templates;
    this.members = members;
    this.tallies = tallies;
    this.sends = sends;
    this.firmSettings = firmSettings;
    this.transports = transports;
  }

  @Transactional(readOnly = true)
  SendPreview preview(UUID campaignId) {
    mail.prepare(campaignId, null);
    return plan(campaignId).preview(firmSettings.current(), transports);
  }

  /**
   * Queues every member not in the send yet, skipping those who cannot be mailed, and starts the
   * send.
   *
   * @throws InvalidInputException when the campaign has no saved mail, no sender address, or more
   *     members than the firm's cap
   * @throws ConflictException when the firm's transport is not configured
   */
  @Transactional
  SendProgress start(UUID campaignId, UUID userId, String userName) {
    mail.prepare(campaignId, userId);
    if (!templates.of(campaignId).saved()) {
      throw InvalidInputException.of(
          "template", "write and save the campaign's mail before sending it");
    }
    FirmMailSettings firm = firmSettings.current();
    transports
        .unavailable(firm)
        .ifPresent(
            reason -> {
              throw new ConflictException(reason);
            });
    if (transports.fromAddress(firm).isBlank()) {
      throw InvalidInputException.of(
          "fromAddress", "set the address mail is sent from in the mail settings");
    }
    Plan plan = plan(campaignId);
    int receiving = plan.receiving().size();
    if (firm.maxMembersPerSend() != null && receiving > firm.maxMembersPerSend()) {
      throw InvalidInputException.of(
          "members",
          "this send would mail "
              + receiving
              + " members, and the firm "
              + "sends to at most "
              + firm.maxMembersPerSend()
              + " at a time: an admin can raise the cap");
    }
    members.enqueue(campaignId, plan.queued());
    sends.start(campaignId, firm.transport(), userId, userName);
    return progress(campaignId);
  }

  @Transactional
  SendProgress retryFailed(UUID campaignId) {
    mail.prepare(campaignId, null);
    FirmMailSettings firm = firmSettings.current();
    boolean lookedUp = firm.graph() || transports.checksSentCopies();
    if (members.retryFailed(campaignId, lookedUp) > 0) {
      sends.reopen(campaignId);
    }
    return progress(campaignId);
  }

  @Transactional(readOnly = true)
  SendProgress progress(UUID campaignId) {
    campaigns.requireLive(campaignId);
    var send = sends.find(campaignId);
    var counts = tallies.counts(campaignId);
    int remaining = counts.queued() + counts.sending();
    var problems =
        tallies.problems(campaignId, PROBLEMS_SHOWN).stream()
            .map(p -> new SendProgress.Problem(p.contactId(), p.address(), p.state(), p.reason()))
            .toList();
    return new SendProgress(
        send.isPresent(),
        send.map(CampaignSends.Send::transport).orElse(null),
        send.map(CampaignSends.Send::startedAt).orElse(null),
        send.map(CampaignSends.Send::completedAt).orElse(null),
        counts.sent(),
        counts.sentFromOutlook(),
        counts.failed(),
        counts.skipped(),
        remaining,
        remaining > 0 ? null : plan(campaignId).receiving().size(),
        problems);
  }

  /** The members not in the send yet, each with the state they would be queued in. */
  private Plan plan(UUID campaignId) {
    List<UUID> all = campaigns.memberContactIds(campaignId);
    var inSend = new HashSet<>(members.contactsInSend(campaignId));
    List<UUID> fresh = all.stream().filter(id -> !inSend.contains(id)).toList();
    Map<UUID, MailRecipient> recipients =
        contacts.mailRecipients(fresh).stream()
            .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
    List<SendMembers.Queued> queued = new ArrayList<>();
    for (UUID contactId : fresh) {
      MailRecipient recipient = recipients.get(contactId);
      if (recipient == null) {
        queued.add(
            new SendMembers.Queued(contactId, "skipped", "The contact is in the trash.", null));
      } else if (recipient.email() == null || recipient.email().isBlank()) {
        queued.add(
            new SendMembers.Queued(
                contactId, "skipped", "The contact has no email address.", null));
      } else if (recipient.optedOut()) {
        queued.add(
            new SendMembers.Queued(
                contactId, "skipped", "The contact opted out of email.", recipient.email()));
      } else {
        queued.add(new SendMembers.Queued(contactId, "queued", null, recipient.email()));
      }
    }
    return new Plan(queued, inSend.size());
  }

  private record Plan(List<SendMembers.Queued> queued, int alreadyInSend) {

    List<SendMembers.Queued> receiving() {
      return queued.stream().filter(q -> q.state().equals("queued")).toList();
    }

    SendPreview preview(FirmMailSettings firm, Transports transports) {
      int noEmail = count("The contact has no email address.");
      int optedOut = count("The contact opted out of email.");
      int trash = count("The contact is in the trash.");
      return new SendPreview(
          receiving().size(),
          noEmail,
          optedOut,
          trash,
          alreadyInSend,
          firm.maxMembersPerSend(),
          transports.unavailable(firm).orElse(null));
    }

    private int count(String reason) {
      return (int) queued.stream().filter(q -> reason.equals(q.reason())).count();
    }
  }
}
