package dev.steward.mail.replies;

import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MailDelta;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.UUID;
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
    var round = new SyncRound(mail, lookups, replies, transaction, mailbox, access);
    try {
      var outcome =
          mail.inboxChanges(
              access, mailbox.address(), mailbox.deltaLink(), settings.pageSize(), round::page);
      round.classifyCandidates(true);
      mailboxes.synced(mailbox.id(), holder, outcome.deltaLink(), round.messages(), round.found());
      if (round.found() > 0 || outcome.resynced()) {
        log.info(
            "{}: {} messages read in {}, {} replies found{}",
            firm.name(),
            round.messages(),
            mailbox.address(),
            round.found(),
            outcome.resynced() ? " (its delta link had expired)" : "");
      }
      return new SyncResult(
          true, round.messages(), round.headers(), round.found(), outcome.resynced(), null);
    } catch (GraphCallException | MicrosoftUnavailableException e) {
      log.warn("{}: syncing {} failed: {}", firm.name(), mailbox.address(), e.getMessage());
      mailboxes.failed(mailbox.id(), holder, e.getMessage());
      return new SyncResult(
          true, round.messages(), round.headers(), round.found(), false, e.getMessage());
    } catch (RuntimeException e) {
      log.error("{}: syncing {} failed", firm.name(), mailbox.address(), e);
      mailboxes.failed(mailbox.id(), holder, null);
      throw e;
    }
  }
}
