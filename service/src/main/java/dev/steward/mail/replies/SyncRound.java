package dev.steward.mail.replies;

import dev.steward.mail.replies.ReplyClassifier.Facts;
import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.InboxMessage;
import dev.steward.microsoft.MailDelta;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sync of one mailbox, page by page: the messages whose sender is a pending member of a
 * campaign are gathered, their headers read in full batches, and the replies among them recorded.
 */
final class SyncRound {

  private static final Logger log = LoggerFactory.getLogger(SyncRound.class);

  /** Graph's limit of requests in one $batch. */
  private static final int HEADERS_PER_BATCH = 20;

  /**
   * A pending member's message, and the campaign of a campaign mail in its conversation (or null).
   */
  private record Candidate(InboxMessage message, UUID conversationCampaign) {}

  private final MailDelta mail;
  private final ReplyLookups lookups;
  private final Replies replies;
  private final TransactionTemplate transaction;
  private final Mailboxes.Stored mailbox;
  private final GraphAccess access;
  private final ReplyLookups.Senders senders;
  private final AtomicInteger messages = new AtomicInteger();
  private final AtomicInteger headers = new AtomicInteger();
  private final AtomicInteger found = new AtomicInteger();

  /**
   * By message id: a full resync after an expired delta link may hand the same message over again.
   */
  private final Map<String, Candidate> candidates = new LinkedHashMap<>();

  SyncRound(
      MailDelta mail,
      ReplyLookups lookups,
      Replies replies,
      TransactionTemplate transaction,
      Mailboxes.Stored mailbox,
      GraphAccess access) {
    this.mail = mail;
    this.lookups = lookups;
    this.replies = replies;
    this.transaction = transaction;
    this.mailbox = mailbox;
    this.access = access;
    this.senders = lookups.senders();
  }

  int messages() {
    return messages.get();
  }

  int headers() {
    return headers.get();
  }

  int found() {
    return found.get();
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
   * pending member, in a campaign mail's conversation or writing after one of their campaigns went
   * out, and its subject does not already say it is automatic.
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
   * Reads the candidates' headers, classifies them and records the replies. Candidates are gathered
   * across pages so that every batch is full: only whole batches of 20 go before the last page, the
   * rest waits for it.
   */
  void classifyCandidates(boolean all) {
    int take = all ? candidates.size() : candidates.size() / HEADERS_PER_BATCH * HEADERS_PER_BATCH;
    if (take == 0) {
      return;
    }
    List<Candidate> batch = candidates.values().stream().limit(take).toList();
    batch.forEach(candidate -> candidates.remove(candidate.message().id()));
    var headersOf =
        mail.headers(access, mailbox.address(), batch.stream().map(c -> c.message().id()).toList());
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
