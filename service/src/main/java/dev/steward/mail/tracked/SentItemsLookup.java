package dev.steward.mail.tracked;

import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MailSending;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks for tracked mails in their senders' Sent Items through Graph, as the application, and keeps
 * the ids of those it finds; the tracked-mail job runs it.
 */
@Component
class SentItemsLookup {

  private static final Logger log = LoggerFactory.getLogger(SentItemsLookup.class);
  private static final int BATCH = 50;

  private final Tenants tenants;
  private final TrackedMails tracked;
  private final MailSending graph;

  SentItemsLookup(Tenants tenants, TrackedMails tracked, MailSending graph) {
    this.tenants = tenants;
    this.tracked = tracked;
    this.graph = graph;
  }

  /** Looks for every firm's due tracked mails; returns how many were found. */
  int lookUpDue() {
    if (!graph.connected()) {
      return 0;
    }
    int found = 0;
    for (TenantInfo firm : tenants.all()) {
      if (!firm.active()) {
        continue;
      }
      try {
        found += CurrentTenant.callAs(firm.id(), () -> lookUpFirm(firm));
      } catch (RuntimeException e) {
        log.error("{}: looking for tracked mail in Sent Items failed", firm.name(), e);
      }
    }
    return found;
  }

  private int lookUpFirm(TenantInfo firm) {
    var access =
        GraphAccess.app(firm.azureTenantId() == null ? null : firm.azureTenantId().toString());
    int found = 0;
    for (TrackedMails.Due due : tracked.due(BATCH)) {
      try {
        var message =
            graph.findSentByHeader(access, due.mailbox(), TrackedMails.HEADER, due.token());
        if (message.isPresent()) {
          tracked.found(due, message.get(), tracked.creatorOf(due.token()));
          found++;
        } else {
          tracked.notFoundYet(due, true);
        }
      } catch (GraphCallException | MicrosoftUnavailableException e) {
        log.warn(
            "{}: tracked mail in {} not looked up: {}", firm.name(), due.mailbox(), e.getMessage());
        tracked.notFoundYet(due, false);
      }
    }
    return found;
  }
}
