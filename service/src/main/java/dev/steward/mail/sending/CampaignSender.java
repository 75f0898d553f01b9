package dev.steward.mail.sending;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.Contacts;
import dev.steward.contacts.MailRecipient;
import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import dev.steward.mail.templates.CampaignMail;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.web.WebSettings;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
  private static final int BATCH = 50;

  private final Tenants tenants;
  private final SendMembers members;
  private final CampaignSends sends;
  private final FirmMailSettingsStore firmSettings;
  private final Transports transports;
  private final CampaignMail mail;
  private final Contacts contacts;
  private final Campaigns campaigns;
  private final Interactions interactions;
  private final SendingSettings settings;
  private final ObjectProvider<SendCheckpoint> checkpoint;
  private final TransactionTemplate transaction;
  private final String messageIdDomain;
  private final Counter mailsSent;
  private final Counter mailsRetried;
  private final Counter mailsFailed;

  private static Counter mails(MeterRegistry meters, String result) {
    return Counter.builder("steward.mail.sends")
        .description("Campaign mails handed to the transport, retried later, or failed for good")
        .tag("result", result)
        .register(meters);
  }

  CampaignSender(
      Tenants tenants,
      SendMembers members,
      CampaignSends sends,
      FirmMailSettingsStore firmSettings,
      Transports transports,
      CampaignMail mail,
      Contacts contacts,
      Campaigns campaigns,
      Interactions interactions,
      SendingSettings settings,
      ObjectProvider<SendCheckpoint> checkpoint,
      PlatformTransactionManager transactions,
      ObjectProvider<MeterRegistry> registries,
      WebSettings web) {
    MeterRegistry meters = registries.getIfAvailable(SimpleMeterRegistry::new);
    this.mailsSent = mails(meters, "sent");
    this.mailsRetried = mails(meters, "retried");
    this.mailsFailed = mails(meters, "failed");
    this.tenants = tenants;
    this.members = members;
    this.sends = sends;
    this.firmSettings = firmSettings;
    this.transports = transports;
    this.mail = mail;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.interactions = interactions;
    this.settings = settings;
    this.checkpoint = checkpoint;
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
    var sender = new Sender(prepared, send.get(), firmMail, new Pacer(rate(firmMail)));
    int sent = 0;
    try (MailTransport transport = opened.get()) {
      while (!Instant.now().isAfter(deadline) && !Thread.currentThread().isInterrupted()) {
        var due = members.due(campaignId, BATCH, settings.inFlightLease());
        if (due.isEmpty()) {
          break;
        }
        Map<UUID, MailRecipient> recipients =
            contacts.mailRecipients(due.stream().map(SendMembers.Due::contactId).toList()).stream()
                .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
        for (var member : due) {
          if (Instant.now().isAfter(deadline) || Thread.currentThread().isInterrupted()) {
            return sent;
          }
          var claimed = members.claim(member.id(), settings.inFlightLease(), messageIdDomain);
          if (claimed.isPresent()
              && sender.send(transport, claimed.get(), recipients.get(member.contactId()))) {
            sent++;
          }
        }
      }
    }
    return sent;
  }

  private int rate(FirmMailSettings firmMail) {
    return firmMail.mailsPerMinute() != null
        ? firmMail.mailsPerMinute()
        : settings.mailsPerMinute();
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
            if (sends.complete(campaignId) && members.counts(campaignId).sent() > 0) {
              try {
                campaigns.markSent(campaignId);
              } catch (NotFoundException trashed) {
                // a campaign moved to the trash keeps its status
              }
            }
          });
    }
  }

  /** One campaign's members, one at a time. */
  private final class Sender {

    private final CampaignMail.Prepared prepared;
    private final CampaignSends.Send send;
    private final String fromAddress;
    private final String fromName;
    private final String replyTo;
    private final Pacer pacer;

    Sender(
        CampaignMail.Prepared prepared,
        CampaignSends.Send send,
        FirmMailSettings firmMail,
        Pacer pacer) {
      this.prepared = prepared;
      this.send = send;
      this.fromAddress = transports.fromAddress(firmMail);
      String senderName =
          send.senderName() == null || send.senderName().isBlank()
              ? prepared.firmName()
              : send.senderName();
      this.fromName = transports.fromName(firmMail, senderName);
      this.replyTo = firmMail.replyTo();
      this.pacer = pacer;
    }

    /** Sends one claimed member's mail; returns whether it went. */
    boolean send(MailTransport transport, SendMembers.Claimed claimed, MailRecipient recipient) {
      String skipped =
          recipient == null
              ? "The contact is in the trash."
              : recipient.optedOut()
                  ? "The contact opted out of email."
                  : recipient.email() == null || recipient.email().isBlank()
                      ? "The contact has no email address."
                      : null;
      if (skipped != null) {
        members.finish(claimed.id(), "skipped", skipped);
        return false;
      }
      if (fromAddress.isBlank()) {
        members.finish(
            claimed.id(),
            "failed",
            "No sender address is set: an admin sets it in the mail settings.");
        return false;
      }
      try {
        var composed = mail.compose(prepared, recipient);
        var outgoing =
            new OutgoingMail(
                claimed.messageId(),
                fromAddress,
                fromName,
                replyTo,
                recipient.email(),
                recipient.displayName(),
                composed.mail(),
                composed.unsubscribeUrl(),
                claimed.draftId());
        var known =
            new AtomicReference<>(
                new Delivered(claimed.messageId(), claimed.conversationId(), claimed.draftId()));
        pacer.await();
        var delivered =
            transport
                .send(
                    outgoing,
                    claimed.interrupted(),
                    draft -> {
                      members.drafted(claimed.id(), draft);
                      known.set(draft);
                    })
                .orElseGet(known::get);
        checkpoint.getIfAvailable(() -> SendCheckpoint.NONE).handedOver(claimed.id());
        Instant now = Instant.now();
        transaction.executeWithoutResult(
            status -> {
              members.commitWithoutWaitingForDisk();
              members.sent(claimed.id(), delivered, now);
              interactions.fileSentCampaignMail(
                  new SentCampaignMail(
                      prepared.campaignId(),
                      recipient.id(),
                      composed.mail().subject(),
                      composed.mail().text(),
                      now,
                      delivered.internetMessageId() != null
                          ? delivered.internetMessageId()
                          : claimed.messageId(),
                      delivered.conversationId(),
                      delivered.graphMessageId(),
                      new Participant(fromAddress, fromName),
                      new Participant(recipient.email(), recipient.displayName()),
                      send.startedBy()));
            });
        mailsSent.increment();
        return true;
      } catch (TransportFailure failure) {
        if (failure.temporary() && claimed.attempts() < settings.maxAttempts()) {
          Duration wait =
              settings.retryBackoff().multipliedBy(1L << Math.min(claimed.attempts() - 1, 10));
          if (failure.retryAfter() != null && failure.retryAfter().compareTo(wait) > 0) {
            wait = failure.retryAfter();
          }
          members.retryAt(claimed.id(), Instant.now().plus(wait), failure.getMessage());
          mailsRetried.increment();
        } else {
          members.finish(claimed.id(), "failed", failure.getMessage());
          mailsFailed.increment();
        }
        return false;
      } catch (InvalidInputException e) {
        members.finish(
            claimed.id(), "failed", "The campaign's mail cannot be rendered: " + e.getMessage());
        mailsFailed.increment();
        return false;
      }
    }
  }

  /** Spaces mails out to a rate per minute (0: no limit). */
  static final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(int perMinute) {
      this.intervalNanos = perMinute <= 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / perMinute;
    }

    void await() {
      if (intervalNanos == 0) {
        return;
      }
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      next = Math.max(next, System.nanoTime() - intervalNanos) + intervalNanos;
    }
  }
}
