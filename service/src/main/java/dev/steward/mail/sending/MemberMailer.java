package dev.steward.mail.sending;

import dev.steward.contacts.MailRecipient;
import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import dev.steward.mail.templates.CampaignMail;
import dev.steward.platform.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one claimed member their campaign mail: composed, handed to the transport at the campaign's
 * pace, then recorded as sent together with the email on their timeline, in one transaction; a
 * temporary failure is retried later, as the sending settings say.
 */
@Component
class MemberMailer {

  /**
   * One campaign's mail as each member gets it: prepared once, sent from one address, at one pace.
   */
  record CampaignMailing(
      CampaignMail.Prepared prepared,
      CampaignSends.Send send,
      String fromAddress,
      String fromName,
      String replyTo,
      Pacer pacer) {}

  private final SendMembers members;
  private final Transports transports;
  private final CampaignMail mail;
  private final Interactions interactions;
  private final SendingSettings settings;
  private final ObjectProvider<SendCheckpoint> checkpoint;
  private final TransactionTemplate transaction;
  private final Counter mailsSent;
  private final Counter mailsRetried;
  private final Counter mailsFailed;

  private static Counter mails(MeterRegistry meters, String result) {
    return Counter.builder("steward.mail.sends")
        .description("Campaign mails handed to the transport, retried later, or failed for good")
        .tag("result", result)
        .register(meters);
  }

  MemberMailer(
      SendMembers members,
      Transports transports,
      CampaignMail mail,
      Interactions interactions,
      SendingSettings settings,
      ObjectProvider<SendCheckpoint> checkpoint,
      PlatformTransactionManager transactions,
      ObjectProvider<MeterRegistry> registries) {
    MeterRegistry meters = registries.getIfAvailable(SimpleMeterRegistry::new);
    this.mailsSent = mails(meters, "sent");
    this.mailsRetried = mails(meters, "retried");
    this.mailsFailed = mails(meters, "failed");
    this.members = members;
    this.transports = transports;
    this.mail = mail;
    this.interactions = interactions;
    this.settings = settings;
    this.checkpoint = checkpoint;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The campaign's mailing, from the firm's mail settings and the send's chosen sender name. */
  CampaignMailing mailing(
      CampaignMail.Prepared prepared, CampaignSends.Send send, FirmMailSettings firmMail) {
    String senderName =
        send.senderName() == null || send.senderName().isBlank()
            ? prepared.firmName()
            : send.senderName();
    return new CampaignMailing(
        prepared,
        send,
        transports.fromAddress(firmMail),
        transports.fromName(firmMail, senderName),
        firmMail.replyTo(),
        new Pacer(
            firmMail.mailsPerMinute() != null
                ? firmMail.mailsPerMinute()
                : settings.mailsPerMinute()));
  }

  /** Sends one claimed member's mail; returns whether it went. */
  boolean send(
      CampaignMailing mailing,
      MailTransport transport,
      SendMembers.Claimed claimed,
      MailRecipient recipient) {
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
    if (mailing.fromAddress().isBlank()) {
      members.finish(
          claimed.id(),
          "failed",
          "No sender address is set: an admin sets it in the mail settings.");
      return false;
    }
    try {
      var composed = mail.compose(mailing.prepared(), recipient);
      var outgoing =
          new OutgoingMail(
              claimed.messageId(),
              mailing.fromAddress(),
              mailing.fromName(),
              mailing.replyTo(),
              recipient.email(),
              recipient.displayName(),
              composed.mail(),
              composed.unsubscribeUrl(),
              claimed.draftId());
      var known =
          new AtomicReference<>(
              new Delivered(claimed.messageId(), claimed.conversationId(), claimed.draftId()));
      mailing.pacer().await();
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
                    mailing.prepared().campaignId(),
                    recipient.id(),
                    composed.mail().subject(),
                    composed.mail().text(),
                    now,
                    delivered.internetMessageId() != null
                        ? delivered.internetMessageId()
                        : claimed.messageId(),
                    delivered.conversationId(),
                    delivered.graphMessageId(),
                    new Participant(mailing.fromAddress(), mailing.fromName()),
                    new Participant(recipient.email(), recipient.displayName()),
                    mailing.send().startedBy()));
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
