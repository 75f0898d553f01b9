package dev.steward.reports.delivery;

import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The firm's report schedule and its runs, in the current firm's transaction. */
@Repository
class ReportSchedules {

  private final JdbcClient jdbc;

  ReportSchedules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored schedule. */
  record Stored(UUID id, ReportScheduleView view) {

    Cadence cadence() {
      return new Cadence(
          view.frequency(),
          view.dayOfWeek(),
          view.dayOfMonth(),
          view.time(),
          ZoneId.of(view.timeZone()));
    }
  }

  Optional<Stored> find() {
    return jdbc.sql("select * from report_schedules where tenant_id = ?")
        .param(CurrentTenant.require())
        .query(ReportSchedules::stored)
        .optional();
  }

  /**
   * The firm's schedule if it is due at {@code now}, locked; null when another instance holds it.
   */
  Optional<Stored> lockDue(Instant now) {
    return jdbc.sql(
            """
            select * from report_schedules
            where tenant_id = ? and enabled and next_run_at <= ?
            for update skip locked""")
        .params(CurrentTenant.require(), Timestamp.from(now))
        .query(ReportSchedules::stored)
        .optional();
  }

  void insert(
      UUID id, ReportScheduleRequest request, String zone, String folder, Instant nextRunAt) {
    jdbc.sql(
            """
            insert into report_schedules (enabled, frequency, day_of_week, day_of_month, time_of_day, time_zone,
              report, campaign_id, destination_drive, destination_owner, destination_folder, next_run_at,
              id, tenant_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(settingValues(request, zone, folder, nextRunAt))
        .param(id)
        .param(CurrentTenant.require())
        .update();
  }

  /**
   * Changes the schedule if it is still at {@code version}; false when someone changed it
   * meanwhile.
   */
  boolean update(
      UUID id,
      long version,
      ReportScheduleRequest request,
      String zone,
      String folder,
      Instant nextRunAt) {
    return jdbc.sql(
                """
            update report_schedules set enabled = ?, frequency = ?, day_of_week = ?, day_of_month = ?,
              time_of_day = ?, time_zone = ?, report = ?, campaign_id = ?, destination_drive = ?,
              destination_owner = ?, destination_folder = ?, next_run_at = ?, updated_at = now(),
              version = version + 1
            where id = ? and tenant_id = ? and version = ?""")
            .params(settingValues(request, zone, folder, nextRunAt))
            .param(id)
            .param(CurrentTenant.require())
            .param(version)
            .update()
        == 1;
  }

  /**
   * The values of the settings columns, in the order both {@link #insert} and {@link #update} name
   * them.
   */
  private static List<Object> settingValues(
      ReportScheduleRequest request, String zone, String folder, Instant nextRunAt) {
    // Arrays.asList, since the day of the week or month and the campaign may be null.
    return Arrays.asList(
        request.enabled(),
        request.frequency().value(),
        request.dayOfWeek(),
        request.dayOfMonth(),
        request.time(),
        zone,
        request.report().value(),
        request.campaignId(),
        request.destination().drive().value(),
        request.destination().owner().strip(),
        folder,
        timestamp(nextRunAt));
  }

  /**
   * Moves a claimed schedule's next run on; this does not change its version, which tracks the
   * admin's edits.
   */
  void advance(UUID id, Instant nextRunAt) {
    jdbc.sql("update report_schedules set next_run_at = ? where id = ? and tenant_id = ?")
        .params(timestamp(nextRunAt), id, CurrentTenant.require())
        .update();
  }

  /**
   * Records that the run due at {@code dueAt} started; false when it was already recorded (it ran
   * elsewhere).
   */
  boolean startRun(UUID runId, UUID scheduleId, Instant dueAt, Cadence.Period period) {
    return jdbc.sql(
                """
            insert into report_deliveries (id, tenant_id, schedule_id, due_at, status, period_from, period_to)
            values (?, ?, ?, ?, 'running', ?, ?)
            on conflict (schedule_id, due_at) do nothing""")
            .params(
                runId,
                CurrentTenant.require(),
                scheduleId,
                Timestamp.from(dueAt),
                period.from(),
                period.to())
            .update()
        == 1;
  }

  void delivered(UUID runId, String fileName, String webUrl, String itemId) {
    jdbc.sql(
            """
            update report_deliveries set status = 'delivered', finished_at = now(), file_name = ?, web_url = ?,
              item_id = ?
            where id = ? and tenant_id = ?""")
        .params(fileName, webUrl, itemId, runId, CurrentTenant.require())
        .update();
  }

  void failed(UUID runId, String fileName, String error) {
    String text = error.length() > 2000 ? error.substring(0, 1997) + "..." : error;
    jdbc.sql(
            """
            update report_deliveries set status = 'failed', finished_at = now(), file_name = ?, error = ?
            where id = ? and tenant_id = ?""")
        .params(fileName, text, runId, CurrentTenant.require())
        .update();
  }

  List<DeliveryRun> recentRuns(int limit) {
    return jdbc.sql(
            "select * from report_deliveries where tenant_id = ? order by started_at desc, due_at desc limit ?")
        .params(CurrentTenant.require(), limit)
        .query(
            (rs, n) ->
                new DeliveryRun(
                    rs.getObject("id", UUID.class),
                    instant(rs, "due_at"),
                    instant(rs, "started_at"),
                    instant(rs, "finished_at"),
                    rs.getString("status"),
                    rs.getObject("period_from", LocalDate.class),
                    rs.getObject("period_to", LocalDate.class),
                    rs.getString("file_name"),
                    rs.getString("web_url"),
                    rs.getString("error")))
        .list();
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    var destination =
        new Destination(
            Destination.Drive.of(rs.getString("destination_drive")),
            rs.getString("destination_owner"),
            rs.getString("destination_folder"));
    var view =
        new ReportScheduleView(
            rs.getBoolean("enabled"),
            Frequency.of(rs.getString("frequency")),
            rs.getObject("day_of_week", Integer.class),
            rs.getObject("day_of_month", Integer.class),
            rs.getObject("time_of_day", LocalTime.class),
            rs.getString("time_zone"),
            ReportKind.of(rs.getString("report")),
            rs.getObject("campaign_id", UUID.class),
            destination,
            instant(rs, "next_run_at"),
            rs.getLong("version"));
    return new Stored(rs.getObject("id", UUID.class), view);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
