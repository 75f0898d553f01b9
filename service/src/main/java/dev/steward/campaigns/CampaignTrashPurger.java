package dev.steward.campaigns;

import dev.steward.campaigns.CampaignEvents.CampaignsPurged;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes campaigns (and, by cascade, their members) that have been in the trash longer than the retention the
 * contacts' trash uses (30 days by default), firm by firm.
 */
@Component
class CampaignTrashPurger {

  private static final Logger log = LoggerFactory.getLogger(CampaignTrashPurger.class);

  private final Tenants tenants;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Duration retention;
  private final Clock clock;

  CampaignTrashPurger(Tenants tenants, JdbcClient jdbc, PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events, @Value("${steward.trash.retention:30d}") Duration retention) {
    this.tenants = tenants;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.events = events;
    this.retention = retention;
    this.clock = Clock.systemUTC();
  }

  @Scheduled(cron = "${steward.trash.purge-cron:0 17 3 * * *}")
  void purgeAllFirms() {
    for (TenantInfo tenant : tenants.all()) {
      int purged = CurrentTenant.callAs(tenant.id(), this::purgeCurrentFirm);
      if (purged > 0) {
        log.info("Purged {} campaigns from the trash of {}", purged, tenant.name());
      }
    }
  }

  /** Purges the current firm's expired campaign trash; returns how many campaigns went. */
  int purgeCurrentFirm() {
    Timestamp cutoff = Timestamp.from(clock.instant().minus(retention));
    Integer purged = transactions.execute(status -> {
      int count = jdbc.sql("delete from campaigns where tenant_id = ? and deleted_at is not null and deleted_at < ?")
          .params(CurrentTenant.require(), cutoff)
          .update();
      if (count > 0) {
        events.publishEvent(new CampaignsPurged(count));
      }
      return count;
    });
    return purged == null ? 0 : purged;
  }
}
