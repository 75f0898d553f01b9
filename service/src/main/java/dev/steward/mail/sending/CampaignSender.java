package dev.steward.mail.sending;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.Contacts;
import dev.steward.mail.templates.CampaignMail;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.web.WebSettings;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mail of every firm's campaigns; the send job calls it. Each member is claimed first
 * (state 'sending', its Message-ID fixed, committed), then handed to the transport, then recorded
 * as sent together with the email on their timeline. A crash between claim and record leaves the
 * member 'sending'; once its claim is older than the lease the next run resumes it as the transport
 * allows (Graph: looked up by its draft's id, never sent twice; SMTP: looked up by its Message-ID
 * in the sent-copy mailbox when one is configured, else sent again with the same Message-ID, or
 * failed, as configured).
 */
@Service
class CampaignSender {

  private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);
  private final Tenants tenants;
  private final SendMembers members;
  private final SendTallies tallies;
  private final CampaignSends sends;
  private final FirmMailSettingsStore firmSettings;
  private final Transports transports;
  private final CampaignMail mail;
  private final MemberMailer mailer;
  private final Contacts contacts;
  private final Campaigns campaigns;
  private final SendingSettings settings;
  private final TransactionTemplate transaction;
  private final String messageIdDomain;

  CampaignSender(
      Tenants tenants,
      SendMembers members,
      SendTallies tallies,
      CampaignSends sends,
      FirmMailSettingsStore firmSettings,
      Transports transports,
      CampaignMail mail,
      MemberMailer mailer,
      Contacts contacts,
      Campaigns campaigns,
      SendingSettings settings,
      PlatformTransactionManager transactions,
      WebSettings web) {
    this.tenants = tenants;
    this.members = members;
    this.tallies = tallies;
    this.sends = sends;
    this.firmSettings = firmSettings;
    this.transports = transports;
    this.mail = mail;
    this.mailer = mailer;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.messageIdDomain =
        settings.messageIdDomain().isEmpty() ? web.publicHost() : settings.messageIdDomain();
  }

  /** Sends what is due in every active firm, for at most {@code budget}; returns the mails sent. */
  int sendDue(Duration budget) {
    Instant deadline = Instant.now().plus(budget);
    int sent = 0;
    for (TenantInfo firm : tenants.all()) {
      if (!firm.active()) {
        continue;
      }
      try {
        sent += CurrentTenant.callAs(firm.id(), () -> sendFirm(firm, deadline));
      } catch (RuntimeException e) {
        log.error("{}: sending campaign mail failed", firm.name(), e);
      }
    }
    return sent;
  }

  private int sendFirm(TenantInfo firm, Instant deadline) {
    int sent = 0;
    for (UUID campaignId : members.campaignsDue(settings.inFlightLease())) {
      if (Instant.now().isAfter(deadline)) {
        break;
      }
      sent += sendCampaign(firm, campaignId, deadline);
    }
    completeFinished();
    return sent;
  }

  private int sendCampaign(TenantInfo firm, UUID campaignId, Instant deadline) {
    var send = sends.find(campaignId);
    if (send.isEmpty()) {
      return 0;
    }
    FirmMailSettings firmMail = firmSettings.current();
    CampaignMail.Prepared prepared;
    try {
      prepared = mail.prepare(campaignId, send.get().startedBy());
    } catch (NotFoundException | InvalidInputException e) {
      failAll(campaignId, "The campaign can no longer be sent: " + e.getMessage());
      return 0;
    }
    var opened = transports.open(firmMail, firm);
    if (opened.isEmpty()) {
      log.warn(
          "{}: campaign mail waits: {}", firm.name(), transports.unavailable(firmMail).orElse(""));
      return 0;
    }
    var mailing = mailer.mailing(prepared, send.get(), firmMail);
    var queue = new DueMembers(campaignId, members, contacts, settings.inFlightLease());
    var senders = new ParallelSenders(firm.id(), settings.connections(), deadline);
    return senders.run(
        opened.get(),
        () -> transports.open(firmMail, firm),
        transport -> sendQueued(queue, mailing, transport, senders));
  }

  /** One connection's share of the campaign: members from the queue until none is left. */
  private int sendQueued(
      DueMembers queue,
      MemberMailer.CampaignMailing mailing,
      MailTransport transport,
      ParallelSenders senders) {
    int sent = 0;
    Optional<DueMembers.Next> next;
    while (senders.mayGoOn() && (next = queue.next()).isPresent()) {
      var member = next.get().member();
      var claimed = members.claim(member.id(), settings.inFlightLease(), messageIdDomain);
      if (claimed.isPresent()
          && mailer.send(mailing, transport, claimed.get(), next.get().recipient())) {
        sent++;
      }
    }
    return sent;
  }

  private void failAll(UUID campaignId, String reason) {
    List<SendMembers.Due> due;
    while (!(due = members.due(campaignId, 500, settings.inFlightLease())).isEmpty()) {
      due.forEach(member -> members.finish(member.id(), "failed", reason));
    }
  }

  /**
   * Completes the sends with nothing left to do, and moves their campaigns to sent when any mail
   * went.
   */
  private void completeFinished() {
    for (UUID campaignId : sends.finishedButOpen()) {
      transaction.executeWithoutResult(
          status -> {
            if (sends.complete(campaignId) && tallies.counts(campaignId).sent() > 0) {
              try {
                campaigns.markSent(campaignId);
              } catch (NotFoundException trashed) {
                // a campaign moved to the trash keeps its status
              }
            }
          });
    }
  }
}
