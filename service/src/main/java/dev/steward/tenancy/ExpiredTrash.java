package dev.steward.tenancy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.IntFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes what has been in a feature's trash longer than {@link TenancySettings.Trash#retention()},
 * firm by firm. Each feature names its own trash ({@link Trash}) and registers the recurring purge
 * as a bean; the scheduler runs it on one instance at a time, and running it twice at once would
 * still delete nothing twice.
 */
@Component
public class ExpiredTrash {

  /**
   * One feature's trash.
   *
   * @param job the recurring job's name
   * @param table the feature's own table, whose rows carry {@code tenant_id} and {@code deleted_at}
   * @param purged what the log calls the deleted rows ("contacts purged from the trash")
   * @param purgedEvent the event published with the count, when a purge deleted any
   */
  public record Trash(String job, String table, String purged, IntFunction<?> purgedEvent) {}

  private final EachFirm eachFirm;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TenancySettings.Trash settings;
  private final Clock clock = Clock.systemUTC();

  ExpiredTrash(
      EachFirm eachFirm,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      TenancySettings settings) {
    this.eachFirm = eachFirm;
    this.jdbc = jdbc;
    this.events = events;
    this.settings = settings.trash();
  }

  /**
   * The recurring job that purges {@code trash} for every firm on {@code steward.trash.purge-cron}.
   */
  public RecurringTask<Void> recurringPurge(Trash trash) {
    return Tasks.recurring(trash.job(), Schedules.cron(settings.purgeCron()))
        .execute((instance, context) -> eachFirm.run(trash.purged(), () -> purge(trash)));
  }

  /** Purges the current firm's expired {@code trash}; returns how many rows went. */
  public int purgeCurrentFirm(Trash trash) {
    return eachFirm.inTransaction(() -> purge(trash));
  }

  private int purge(Trash trash) {
    Timestamp cutoff = Timestamp.from(clock.instant().minus(settings.retention()));
    int count =
        jdbc.sql(
                "delete from "
                    + trash.table()
                    + " where tenant_id = ? and deleted_at is not null and deleted_at < ?")
            .params(CurrentTenant.require(), cutoff)
            .update();
    if (count > 0) {
      events.publishEvent(trash.purgedEvent().apply(count));
    }
    return count;
  }
}
