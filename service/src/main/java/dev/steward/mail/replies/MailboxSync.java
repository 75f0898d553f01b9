package dev.steward.mail.replies;

import dev.steward.mail.replies.ReplyClassifier.Facts;
import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.InboxMessage;
import dev.steward.microsoft.MailDelta;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs configured mailboxes and records the campaign replies in them. A mailbox is leased for the
 * sync (so it runs once, whichever instance or request starts it), read by delta query as the app
 * in the firm's Microsoft tenant, page by page; only the messages whose sender is a pending member
 * of a campaign have their headers read (in batches), since no other message can be recorded as a
 * reply. The delta link is kept once the whole round is done, so a sync cut short is read again
 * from where the last finished one ended; recording is idempotent by Message-ID.
 */
@Service
class MailboxSync {

  private static final Logger log = LoggerFactory.getLogger(MailboxSync.class);

  /** Graph's limit of requests in one $batch. */
  private static final int HEADERS_PER_BATCH = 20;

  private final Mailboxes mailboxes;
  private final ReplyLookups lookups;
  private final Replies replies;
  private final MailDelta mail;
  private final Tenants tenants;
  private final ReplyDetectionSettings settings;
  private final TransactionTemplate transaction;
  private final String instance = "sync-" + UUID.randomUUID();
  private final Timer scheduledSyncs;
  private final Timer manualSyncs;

  MailboxSync(
      Mailboxes mailboxes,
      ReplyLookups lookups,
      Replies replies,
      MailDelta mail,
      Tenants tenants,
      ReplyDetectionSettings settings,
      PlatformTransactionManager transactions,
      ObjectProvider<MeterRegistry> registries) {
    MeterRegistry meters = registries.getIfAvailable(SimpleMeterRegistry::new);
    this.scheduledSyncs = syncs(meters, "scheduled");
    this.manualSyncs = syncs(meters, "manual");
    this.mailboxes = mailboxes;
    this.lookups = lookups;
    this.replies = replies;
    this.mail = mail;
    this.tenants = tenants;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Syncs every mailbox of every active firm; the job calls this. Returns the replies found. */
  int syncAll() {
    int found = 0;
    for (TenantInfo firm : tenants.all()) {
      if (!firm.active()) {
        continue;
      }
      try {
        found +=
            CurrentTenant.callAs(
                firm.id(),
                () -> {
                  int replies = 0;
                  for (UUID mailbox : mailboxes.ids()) {
                    try {
                      replies += scheduledSyncs.record(() -> sync(firm, mailbox)).repliesFound();
                    } catch (RuntimeException e) {
                      // Logged by sync; the firm's other mailboxes are still read
                    }
                  }
                  return replies;
                });
      } catch (RuntimeException e) {
        log.error("{}: syncing its mailboxes failed", firm.name(), e);
      }
    }
    return found;
  }

  /** Syncs one mailbox of the current firm now. */
  SyncResult syncNow(UUID mailboxId) {
    TenantInfo firm = tenants.find(CurrentTenant.require()).orElseThrow();
    return manualSyncs.record(() -> sync(firm, mailboxId));
  }

  /** Mailbox syncs for the metrics endpoint ({@code steward.mail.syncs}), by what started them. */
  private static Timer syncs(MeterRegistry meters, String trigger) {
    return Timer.builder("steward.mail.syncs")
        .description("Mailbox syncs (reply detection), scheduled or started by a person")
        .tag("trigger", trigger)
        .register(meters);
  }

  private SyncResult sync(TenantInfo firm, UUID mailboxId) {
    String holder = instance + "-" + UUID.randomUUID();
    var leased = mailboxes.lease(mailboxId, holder, Instant.now().plus(settings.leaseFor()));
    if (leased.isEmpty()) {
      return SyncResult.busy();
    }
    var mailbox = leased.get();
    var access =
        GraphAccess.app(firm.azureTenantId() == null ? null : firm.azureTenantId().toString());
    var round = new Round(mailbox, access, lookups.senders());
    try {
      var outcome =
          mail.inboxChanges(
              access, mailbox.address(), mailbox.deltaLink(), settings.pageSize(), round::page);
      round.classifyCandidates(true);
      mailboxes.synced(
          mailbox.id(), holder, outcome.deltaLink(), round.messages.get(), round.found.get());
      if (round.found.get() > 0 || outcome.resynced()) {
        log.info(
            "{}: {} messages read in {}, {} replies found{}",
            firm.name(),
            round.messages.get(),
            mailbox.address(),
            round.found.get(),
            outcome.resynced() ? " (its delta link had expired)" : "");
      }
      return new SyncResult(
          true,
          round.messages.get(),
          round.headers.get(),
          round.found.get(),
          outcome.resynced(),
          null);
    } catch (GraphCallException | MicrosoftUnavailableException e) {
      log.warn("{}: syncing {} failed: {}", firm.name(), mailbox.address(), e.getMessage());
      mailboxes.failed(mailbox.id(), holder, e.getMessage());
      return new SyncResult(
          true,
          round.messages.get(),
          round.headers.get(),
          round.found.get(),
          false,
          e.getMessage());
    } catch (RuntimeException e) {
      log.error("{}: syncing {} failed", firm.name(), mailbox.address(), e);
      mailboxes.failed(mailbox.id(), holder, null);
      throw e;
    }
  }

  /**
   * A pending member's message, and the campaign of a campaign mail in its conversation (or null).
   */
  private record Candidate(InboxMessage message, UUID conversationCampaign) {}

  /** One sync of one mailbox, page by page. */
  private final class Round {

    private final Mailboxes.Stored mailbox;
    private final GraphAccess access;
    private final ReplyLookups.Senders senders;
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger headers = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();

    /**
     * By message id: a full resync after an expired delta link may hand the same message over
     * again.
     */
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    Round(Mailboxes.Stored mailbox, GraphAccess access, ReplyLookups.Senders senders) {
      this.mailbox = mailbox;
      this.access = access;
      this.senders = senders;
    }

    void page(List<InboxMessage> page) {
      messages.addAndGet(page.size());
      List<InboxMessage> usable =
          page.stream()
              .filter(
                  message -> message.internetMessageId() != null && message.senderAddress() != null)
              .toList();
      Map<String, UUID> conversations =
          transaction.execute(
              status -> {
                senders.load(usable.stream().map(InboxMessage::senderAddress).toList());
                return lookups.campaignsOfConversations(
                    usable.stream()
                        .map(InboxMessage::conversationId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
              });
      for (InboxMessage message : usable) {
        UUID conversationCampaign = conversations.get(message.conversationId());
        if (plausible(message, conversationCampaign)) {
          candidates.put(message.id(), new Candidate(message, conversationCampaign));
        }
      }
      if (candidates.size() >= HEADERS_PER_BATCH) {
        classifyCandidates(false);
      }
    }

    /**
     * Whether the message may be recorded, so that its headers are worth reading: its sender is a
     * pending member, in a campaign mail's conversation or writing after one of their campaigns
     * went out, and its subject does not already say it is automatic.
     */
    private boolean plausible(InboxMessage message, UUID conversationCampaign) {
      var memberships = senders.of(message.senderAddress());
      boolean timely =
          conversationCampaign != null
              || memberships.stream()
                  .anyMatch(
                      m ->
                          m.sentFrom() == null
                              || message.receivedAt() == null
                              || !m.sentFrom().isAfter(message.receivedAt()));
      return !memberships.isEmpty()
          && timely
          && AutomaticMail.reason(message.subject(), message.senderAddress(), Map.of()) == null;
    }

    /**
     * Reads the candidates' headers, classifies them and records the replies. Candidates are
     * gathered across pages so that every batch is full: only whole batches of 20 go before the
     * last page, the rest waits for it.
     */
    void classifyCandidates(boolean all) {
      int take =
          all ? candidates.size() : candidates.size() / HEADERS_PER_BATCH * HEADERS_PER_BATCH;
      if (take == 0) {
        return;
      }
      List<Candidate> batch = candidates.values().stream().limit(take).toList();
      batch.forEach(candidate -> candidates.remove(candidate.message().id()));
      var headersOf =
          mail.headers(
              access, mailbox.address(), batch.stream().map(c -> c.message().id()).toList());
      headers.addAndGet(batch.size());
      Set<String> referenced = new HashSet<>();
      headersOf.values().forEach(h -> referenced.addAll(ReplyClassifier.referencedMessageIds(h)));
      Map<String, UUID> campaignMails =
          transaction.execute(status -> lookups.campaignsOfMessages(referenced));
      for (Candidate candidate : batch) {
        InboxMessage message = candidate.message();
        var messageHeaders = headersOf.getOrDefault(message.id(), Map.of());
        UUID referencedCampaign =
            ReplyClassifier.referencedMessageIds(messageHeaders).stream()
                .map(campaignMails::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        var verdict =
            ReplyClassifier.classify(
                new Facts(
                    message.subject(),
                    message.senderAddress(),
                    message.receivedAt(),
                    messageHeaders,
                    candidate.conversationCampaign(),
                    referencedCampaign,
                    senders.of(message.senderAddress())));
        if (!verdict.isReply()) {
          log.debug(
              "{} in {} is no campaign reply: {}",
              message.internetMessageId(),
              mailbox.address(),
              verdict.notAReplyBecause());
          continue;
        }
        if (replies.record(
            message,
            mailbox.id(),
            mailbox.address(),
            verdict.campaignId(),
            verdict.contactId(),
            verdict.matchedBy())) {
          found.incrementAndGet();
        }
        senders.answered(verdict.campaignId(), verdict.contactId());
      }
    }
  }
}
