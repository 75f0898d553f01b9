package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.ContactsPurged;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.EachFirm;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes contacts that have been in the trash longer than the retention (30 days by default), firm
 * by firm. It runs as the recurring job {@value #JOB} on the cron {@code steward.trash.purge-cron},
 * on one instance at a time; running it twice at once would still delete nothing twice.
 */
@Component
class TrashPurger {

  static final String JOB = "contacts-trash-purge";

  private final EachFirm eachFirm;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Duration retention;
  private final Clock clock = Clock.systemUTC();

  TrashPurger(
      EachFirm eachFirm,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      @Value("${steward.trash.retention:30d}") Duration retention) {
    this.eachFirm = eachFirm;
    this.jdbc = jdbc;
    this.events = events;
    this.retention = retention;
  }

  void purgeAllFirms() {
    eachFirm.run("contacts purged from the trash", this::purge);
  }

  /** Purges the current firm's expired trash; returns how many contacts went. */
  int purgeCurrentFirm() {
    return eachFirm.inTransaction(this::purge);
  }

  private int purge() {
    Timestamp cutoff = Timestamp.from(clock.instant().minus(retention));
    int count =
        jdbc.sql(
                "delete from contacts where tenant_id = ? and deleted_at is not null and deleted_at < ?")
            .params(CurrentTenant.require(), cutoff)
            .update();
    if (count > 0) {
      events.publishEvent(new ContactsPurged(count));
    }
    return count;
  }
}
